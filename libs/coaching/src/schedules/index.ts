export * from './cadence.types.js';
export * from './due-dates.util.js';
export * from './due-window.util.js';
export * from './schedule-validation.util.js';
