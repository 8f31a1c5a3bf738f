export * from './aggregate-report.types.js';
export * from './quarter.util.js';
export * from './suppression.util.js';
export { protectAdditiveTable, type AdditiveTable } from './complementary-suppression.util.js';
export { assertValidSuppressionInput } from './suppression-input.util.js';
