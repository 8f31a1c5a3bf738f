export * from './llm-graphql.module.js';
export * from './models/llm-usage-report.model.js';
export * from './models/organisation-llm.model.js';
