export * from './analytics-graphql.module.js';
export * from './models/development-themes-report.model.js';
export * from './models/group-report.model.js';
export * from './models/hidden-theme-cell.model.js';
export * from './models/report-noise.model.js';
export * from './models/satisfaction-cell.model.js';
export * from './models/suppression-reason.enum-type.js';
export * from './models/theme-cell.model.js';
