import type { AnswerAnalysis } from './answer-analysis.util.js';
import type { InterviewPlan } from './interview-plan.util.js';
import type { AgendaItem, CallToAction, InterviewerState, InterviewProgress, PendingQuestion } from './interviewer-state.type.js';

/** A long silence (a break, a closed laptop) counts as this much answering time at most. */
const MAX_GAP_MS = 10 * 60_000;

export interface NewStateInput {
  plan: InterviewPlan;
  primaryQuestion: string;
  limits: { maxTurns: number; maxMinutes: number };
  cta: CallToAction;
  /** Open action items of the previous session: revisited at the start of the last stage. */
  openActions: string[];
  now: Date;
}

export function createInterviewerState(input: NewStateInput): InterviewerState {
  const agenda = [...input.plan.agenda];
  const lastStage = input.plan.stages.length - 1;
  if (input.openActions.length > 0 && lastStage >= 0) {
    const titles = input.openActions.slice(0, 2).map((t) => `"${t}"`).join(' and ');
    const at = agenda.findIndex((item) => item.stage === lastStage);
    const item: AgendaItem = {
      ref: 'loop:actions',
      text: `Last time you set yourself actions such as ${titles}. How have they been going, and what have you learned from them?`,
      stage: lastStage,
      mandatory: false,
    };
    agenda.splice(at === -1 ? agenda.length : at, 0, item);
  }
  return {
    version: 1,
    primaryQuestion: input.primaryQuestion,
    stages: input.plan.stages,
    agenda,
    askedRefs: [],
    asked: [],
    stageIndex: 0,
    followups: input.plan.stages.map(() => 0),
    followupKinds: [],
    mandatoryTotal: agenda.filter((item) => item.mandatory).length,
    mandatoryAnswered: [],
    ratingGiven: false,
    ratingAsked: false,
    supportShown: 0,
    pending: null,
    awaitingReply: null,
    finished: false,
    nextSeq: 1,
    turns: 0,
    answers: 0,
    activeMs: 0,
    lastActivityAt: input.now.toISOString(),
    limits: input.limits,
    cta: input.cta,
  };
}

/** Reads the stored jsonb back; anything else than a state this code wrote is refused. */
export function parseInterviewerState(raw: unknown): InterviewerState {
  const state = raw as Partial<InterviewerState> | null;
  if (!state || state.version !== 1 || !Array.isArray(state.agenda) || !Array.isArray(state.stages)) {
    throw new Error('Unreadable interviewer state');
  }
  return state as InterviewerState;
}

/**
 * Agenda items still to ask. (A model follow-up that restates one of them is recorded as that
 * item when it is asked, so nothing is asked twice in other words.)
 */
export const unaskedAgenda = (state: InterviewerState): AgendaItem[] => state.agenda.filter((item) => !state.askedRefs.includes(item.ref));

export const unaskedMandatory = (state: InterviewerState): number => unaskedAgenda(state).filter((item) => item.mandatory).length;

/** Minutes of answering so far, including the gap up to `now`. */
export function activeMinutes(state: InterviewerState, now: Date): number {
  const gap = Math.min(MAX_GAP_MS, Math.max(0, now.getTime() - Date.parse(state.lastActivityAt)));
  return (state.activeMs + gap) / 60_000;
}

function touched(state: InterviewerState, now: Date): Pick<InterviewerState, 'activeMs' | 'lastActivityAt'> {
  const gap = Math.min(MAX_GAP_MS, Math.max(0, now.getTime() - Date.parse(state.lastActivityAt)));
  return { activeMs: state.activeMs + gap, lastActivityAt: now.toISOString() };
}

/** Phase one of an answer: it is stored at `seq` and now awaits the interviewer's reply. */
export function recordStoredAnswer(state: InterviewerState, seq: number, now: Date): InterviewerState {
  return { ...state, ...touched(state, now), awaitingReply: state.finished ? null : { seq }, nextSeq: seq + 1, turns: state.turns + 1, answers: state.answers + 1 };
}

/** What the answer settled: a mandatory question answered, a rating given. */
export function recordAnalysis(state: InterviewerState, analysis: AnswerAnalysis): InterviewerState {
  const ref = state.pending?.ref;
  const mandatory = ref?.startsWith('mandatory:') && !state.mandatoryAnswered.includes(ref) ? [...state.mandatoryAnswered, ref] : state.mandatoryAnswered;
  return { ...state, mandatoryAnswered: mandatory, ratingGiven: state.ratingGiven || analysis.rating !== null };
}

/** Records an interviewer turn at `nextSeq`: it becomes the pending question (none for a closing turn). */
export function recordQuestion(state: InterviewerState, question: Omit<PendingQuestion, 'seq'> | null, extra: Partial<InterviewerState>, now: Date): InterviewerState {
  const seq = state.nextSeq;
  const next: InterviewerState = { ...state, ...extra, ...touched(state, now), awaitingReply: null, nextSeq: seq + 1, turns: state.turns + 1 };
  if (!question) return { ...next, pending: null, finished: true };
  return {
    ...next,
    pending: { ...question, seq },
    stageIndex: question.stage,
    asked: question.text ? [...next.asked, question.text] : next.asked,
  };
}

export function progressOf(state: InterviewerState): InterviewProgress {
  const stagesTotal = state.stages.length;
  const stage = state.finished ? 'closing' : (state.stages[state.stageIndex]?.key ?? 'closing');
  return {
    stage,
    // A closing forced by a limit leaves later stages undone; the current one counts as done.
    stagesDone: state.finished ? (unaskedAgenda(state).length === 0 ? stagesTotal : Math.min(state.stageIndex + 1, stagesTotal)) : Math.min(state.stageIndex, stagesTotal),
    stagesTotal,
    mandatoryAnswered: state.mandatoryAnswered.length,
    mandatoryTotal: state.mandatoryTotal,
  };
}
