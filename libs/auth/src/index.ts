export * from './role.enum.js';
export * from './actor.type.js';
export * from './auth.decorators.js';
