export * from './schedules-jobs.module.js';
export * from './materialise-due-sessions.processor.js';
