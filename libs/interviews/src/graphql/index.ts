export * from './models/session-enums.js';
export * from './models/turn.model.js';
export * from './models/reflection-session.model.js';
