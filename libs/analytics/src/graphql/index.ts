export * from './analytics-graphql.module.js';
export * from './models/development-themes-report.model.js';
export * from './models/group-report.model.js';
export * from './models/theme-cell.model.js';
