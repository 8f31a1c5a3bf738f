export * from './rate-limit-outcome.util.js';
export * from './rate-limiters.service.js';
export * from './rate-limits.module.js';
