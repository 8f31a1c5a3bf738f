export * from './schedules-graphql.module.js';
