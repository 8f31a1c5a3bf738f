export * from './privacy.module.js';
export * from './services/data-deletion.service.js';
export * from './services/data-export.service.js';
export type { DeletionCounts } from './services/deletion.queries.js';
export { EXPORT_FORMAT, type ExportDocument } from './services/export-document.util.js';
