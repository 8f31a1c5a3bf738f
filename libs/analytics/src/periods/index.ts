export * from './quarter.util.js';
