export * from './webhooks-graphql.module.js';
