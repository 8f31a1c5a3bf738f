export * from './webhooks-jobs.module.js';
