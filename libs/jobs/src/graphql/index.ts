export * from './jobs-graphql.module.js';
