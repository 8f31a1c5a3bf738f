export * from './define-config.util.js';
export * from './runtime.config.js';
export * from './database.config.js';
export * from './redis.config.js';
export * from './auth.config.js';
export * from './http.config.js';
export * from './mail.config.js';
export * from './worker.config.js';
