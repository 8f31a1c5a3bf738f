export * from './entities/coaching-relationship.entity.js';
export * from './entities/assignment.entity.js';
export * from './schedules/cadence.types.js';
export * from './schedules/schedule-validation.util.js';
export * from './schedules/due-dates.util.js';
