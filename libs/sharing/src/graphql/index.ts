export * from './sharing-graphql.module.js';
export * from './models/access-log-entry.model.js';
