export * from './entities/reflection-session.entity.js';
export * from './entities/session-turn.entity.js';
