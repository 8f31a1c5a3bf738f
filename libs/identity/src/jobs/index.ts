export * from './identity-jobs.module.js';
