export * from './live-close-code.enum.js';
export * from './live-graphql.module.js';
export * from './live-socket-options.service.js';
export * from './live-streams.service.js';
