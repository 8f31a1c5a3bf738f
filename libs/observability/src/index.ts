export * from './graphql-operation.util.js';
export * from './logging.module.js';
export * from './metrics-server.service.js';
export * from './quiet-request.util.js';
export * from './request-id.util.js';
export * from './safe-error.util.js';
export * from './shutdown-on-signal.util.js';
