export * from './privacy-graphql.module.js';
export * from './models/deletion-report.model.js';
