export * from './coaching.loaders.js';
export * from './coaching-graphql.module.js';
export * from './models/assignment.model.js';
export * from './models/cadence.enum-type.js';
export * from './models/coaching-relationship.model.js';
