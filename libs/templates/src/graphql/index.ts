export * from './dto/template.input.js';
export * from './models/call-to-action.model.js';
export * from './models/reflection-template.model.js';
export * from './models/research-plan.model.js';
export * from './template.loaders.js';
export * from './templates-graphql.module.js';
