export * from './models/access-log-entry.model.js';
export * from './sharing-graphql.module.js';
