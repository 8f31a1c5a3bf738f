export * from './generated/graphql.js';
export * from './generated/index.js';
export * from './waypoint-client.js';
