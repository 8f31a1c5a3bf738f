export * from './errors/error-code.enum.js';
export * from './errors/waypoint.exception.js';
export * from './errors/input.exception.js';
export * from './errors/assert-never.util.js';
export * from './validation/uuid.pipe.js';
export * from './validation/validation.pipe.js';
export * from './http/auth-rate-limit.decorator.js';
export * from './graphql/shared-enums.js';
