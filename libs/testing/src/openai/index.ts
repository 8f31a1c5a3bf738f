export * from './openai-compatible.server.js';
export * from './embedded.responder.js';
export * from './planned-question.responder.js';
