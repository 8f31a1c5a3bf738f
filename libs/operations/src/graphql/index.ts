export * from './operations-graphql.module.js';
