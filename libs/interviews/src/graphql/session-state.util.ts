import type { InterviewerState } from '../interviewer/interviewer-state.type.js';
import { parseInterviewerState } from '../interviewer/interviewer-state.util.js';
import type { ReflectionSessionModel } from './models/reflection-session.model.js';

/** The interviewer's state of a session; null for a scheduled session that has not started. */
export function stateOf(session: Pick<ReflectionSessionModel, 'interviewerState'>): InterviewerState | null {
  try {
    return parseInterviewerState(session.interviewerState);
  } catch {
    return null;
  }
}
