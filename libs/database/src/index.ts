export * from './database.module.js';
export * from './tenancy/tenant-scope.type.js';
export * from './tenancy/scoped-transaction.js';
export * from './tenancy/sql-statement.js';
export * from './tenancy/tenant-database.service.js';
export * from './tenancy/request-loaders.service.js';
export * from './cli/prepare-database.js';
export * from './entities/tenant.entity.js';
