import { readStance, settlingInQuestions } from '#llm';
import { buildInterviewPlan, type PlanSource } from './interview-plan.util.js';
import type { CallToAction, InterviewerState } from './interviewer-state.type.js';
import { createInterviewerState } from './interviewer-state.util.js';

/** What the interviewer needs of a template version. */
export interface InterviewTemplate {
  primaryQuestion: string;
  goals: string[];
  mandatoryQuestions: string[];
  /** The version's research plan, only when it is READY. */
  plan: PlanSource['plan'];
  maxTurns: number;
  maxMinutes: number;
  cta: CallToAction;
}

/**
 * The state a new interview starts from: the plan's agenda, the stance read from the primary
 * question and goals (with settling-in questions in reserve should the participant say the move
 * already happened), limits and the call-to-action.
 */
export function newInterviewState(template: InterviewTemplate, openActions: string[], now: Date): InterviewerState {
  const stance = readStance(template.primaryQuestion, template.goals);
  const settlingIn = stance === 'moved' ? undefined : settlingInQuestions(template.primaryQuestion, template.goals);
  return createInterviewerState({
    plan: buildInterviewPlan({ plan: template.plan, mandatoryQuestions: template.mandatoryQuestions, settlingIn }),
    primaryQuestion: template.primaryQuestion,
    goals: template.goals,
    stance,
    limits: { maxTurns: template.maxTurns, maxMinutes: template.maxMinutes },
    cta: template.cta,
    openActions,
    now,
  });
}
