export * from './llm-usage.entity.js';
export * from './llm-usage.module.js';
export * from './llm-usage.recorder.js';
export * from './llm-usage-report.service.js';
export * from './organisation-llm.service.js';
export * from './organisation-llm-override.util.js';
export * from './usage-counts.util.js';
