export * from './actor.type.js';
export * from './auth.decorators.js';
export * from './role.enum.js';
