/** The interviewer itself, without sessions or storage: what evaluations and previews need. */
export * from './interviewer-state.type.js';
export { createInterviewerState, parseInterviewerState, progressOf, recordStoredAnswer } from './interviewer-state.util.js';
export { buildInterviewPlan, type InterviewPlan } from './interview-plan.util.js';
export { DEFAULT_CTA } from './interviewer-messages.js';
export { newInterviewState, type InterviewTemplate } from './new-interview.util.js';
export { Interviewer, WINDOW_TURNS, type InterviewerStep, type RespondContext } from './interviewer.service.js';
export { SentimentAnalyzer } from './sentiment-analyzer.service.js';
export { TurnWriter } from './turn-writer.service.js';
export * from './turn-checks.util.js';
export { detectDistress } from './distress-detector.util.js';
export { readListening } from './listening-signals.util.js';
