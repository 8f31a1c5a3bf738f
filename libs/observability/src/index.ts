export * from './logging.module.js';
export * from './metrics-server.service.js';
