export * from './materialise-due-sessions.processor.js';
export * from './schedules-jobs.module.js';
