export * from './models/deletion-report.model.js';
export * from './privacy-graphql.module.js';
