export * from './analytics.exception.js';
export * from './analytics.module.js';
export * from './entities/participant-period.entity.js';
export * from './entities/participant-theme.entity.js';
export * from './services/rollup-scheduler.service.js';
export * from './services/rollup-refresher.service.js';
export * from './services/development-themes.service.js';
export * from './services/report-params.util.js';
export type { DevelopmentThemesReport, ReportGroup, LabelledThemeCell } from './services/report-assembly.util.js';
