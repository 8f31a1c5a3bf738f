/** The interviewer itself, without sessions or storage: what evaluations and previews need. */

export { detectDistress } from './distress-detector.util.js';
export { buildInterviewPlan, type InterviewPlan } from './interview-plan.util.js';
export { Interviewer, type InterviewerStep, type RespondContext, WINDOW_TURNS } from './interviewer.service.js';
export { DEFAULT_CTA } from './interviewer-messages.js';
export * from './interviewer-state.type.js';
export { createInterviewerState, parseInterviewerState, progressOf, recordStoredAnswer } from './interviewer-state.util.js';
export { readListening } from './listening-signals.util.js';
export { type InterviewTemplate, newInterviewState } from './new-interview.util.js';
export { SentimentAnalyzer } from './sentiment-analyzer.service.js';
export * from './turn-checks.util.js';
export { TurnWriter } from './turn-writer.service.js';
