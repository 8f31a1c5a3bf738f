export * from './job-name.enum.js';
export * from './queue-name.enum.js';
export * from './job-payloads.type.js';
export * from './outbox-job.entity.js';
export * from './queue-registry.service.js';
export * from './job-producer.service.js';
export * from './jobs.module.js';
