export * from './test-env.util.js';
export * from './graphql-client.util.js';
export * from './factories.util.js';
export * from './mailbox.util.js';
export * from './database.util.js';
export * from './free-port.util.js';
export * from './processes.util.js';
