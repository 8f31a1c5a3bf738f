export * from './cadence.types.js';
export * from './schedule-validation.util.js';
export * from './due-dates.util.js';
export * from './due-window.util.js';
