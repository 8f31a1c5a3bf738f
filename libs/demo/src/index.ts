export * from './demo-logins.js';
export * from './demo-people.js';
export * from './demo-seeder.js';
export * from './graphql-client.util.js';
