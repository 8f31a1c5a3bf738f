export * from './insights-jobs.module.js';
