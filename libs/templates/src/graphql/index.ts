export * from './models/reflection-template.model.js';
export * from './models/call-to-action.model.js';
export * from './models/research-plan.model.js';
