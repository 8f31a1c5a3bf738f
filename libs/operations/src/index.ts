export * from './job-status.service.js';
