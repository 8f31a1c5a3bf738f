export * from '#auth';
export * from './auth/gql-auth.guard.js';
export * from './identity.loaders.js';
export * from './identity-graphql.module.js';
export * from './models/membership.model.js';
export * from './models/organisation.model.js';
export * from './models/role.enum-type.js';
export * from './models/user.model.js';
