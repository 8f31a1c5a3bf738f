export * from './entities/access-log-entry.entity.js';
export * from './entities/session-share.entity.js';
export * from './reflection-access.policy.js';
export * from './reflection-part.type.js';
export * from './services/access-log.service.js';
export * from './services/shares.service.js';
export * from './sharing.exception.js';
export * from './sharing.module.js';
