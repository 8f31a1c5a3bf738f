export * from './interview-rubric.js';
export * from './interview-run.js';
export * from './personas/personas.fixture.js';
export * from './personas/scripted-participant.js';
export * from './personas/templates.fixture.js';
export * from './scorecard.js';
