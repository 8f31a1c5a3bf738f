export * from './connection.model.js';
export * from './cursor.util.js';
export * from './keyset-page.util.js';
export * from './page.args.js';
export * from './page-info.model.js';
export * from './page-transform.util.js';
export * from './pagination.exception.js';
