export * from './job-handler.decorator.js';
export * from './job-handler-registry.js';
export * from './job-target-missing.error.js';
export * from './jobs-worker.module.js';
