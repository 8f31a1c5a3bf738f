export * from './models/cadence.enum-type.js';
export * from './models/coaching-relationship.model.js';
export * from './models/assignment.model.js';
