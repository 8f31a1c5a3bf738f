export * from './templates-jobs.module.js';
