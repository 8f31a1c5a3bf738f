export * from './live.exception.js';
export * from './live.module.js';
export * from './live-bus.service.js';
export * from './live-events.type.js';
export * from './live-publisher.service.js';
export * from './live-topic.util.js';
