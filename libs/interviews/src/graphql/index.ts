export * from './interviews-graphql.module.js';
export * from './models/answer-result.model.js';
export * from './models/reflection-session.model.js';
export * from './models/session-enums.js';
export * from './models/session-progress.model.js';
export * from './models/turn.model.js';
