export * from './trusted-document.exception.js';
export * from './trusted-documents-manifest.util.js';
