export * from './insights-graphql.module.js';
export * from './models/action-item.model.js';
export * from './models/action-plan.model.js';
export * from './models/insight-answer.model.js';
export * from './models/insight-enums.js';
export * from './models/reflection-summary.model.js';
export * from './models/trend.model.js';
