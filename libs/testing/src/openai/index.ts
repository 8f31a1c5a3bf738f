export * from './embedded.responder.js';
export * from './openai-compatible.server.js';
export * from './planned-question.responder.js';
