export * from './analytics-jobs.module.js';
