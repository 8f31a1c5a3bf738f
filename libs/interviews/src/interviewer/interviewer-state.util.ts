import type { InterviewPlan } from './interview-plan.util.js';
import type {
  AgendaItem,
  CallToAction,
  InterviewerState,
  InterviewNote,
  InterviewProgress,
  PendingQuestion,
  Stance,
} from './interviewer-state.type.js';

/** A long silence (a break, a closed laptop) counts as this much answering time at most. */
const MAX_GAP_MS = 10 * 60_000;
/** Notes are bounded so the model's prompt stays small however long the interview runs. */
export const MAX_NOTES = 12;

export interface NewStateInput {
  plan: InterviewPlan;
  primaryQuestion: string;
  goals: string[];
  stance: Stance;
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
    const titles = input.openActions
      .slice(0, 2)
      .map((t) => `"${t}"`)
      .join(' and ');
    const at = agenda.findIndex((item) => item.stage === lastStage);
    const item: AgendaItem = {
      ref: 'loop:actions',
      text: `Last time you set yourself actions such as ${titles}: how have they been going?`,
      stage: lastStage,
      mandatory: false,
    };
    agenda.splice(at === -1 ? agenda.length : at, 0, item);
  }
  return {
    version: 2,
    primaryQuestion: input.primaryQuestion,
    goals: input.goals,
    stages: input.plan.stages,
    agenda,
    askedRefs: [],
    skippedRefs: [],
    asked: [],
    stageIndex: 0,
    followups: input.plan.stages.map(() => 0),
    topicProbes: {},
    probes: input.plan.stages.map(() => []),
    steered: [],
    clarified: [],
    openings: [],
    notes: [],
    stance: input.stance,
    distress: null,
    mandatoryTotal: new Set(agenda.filter((item) => item.mandatory).map((item) => mandatoryBase(item.ref))).size,
    mandatoryAnswered: [],
    ratingGiven: false,
    pending: null,
    awaitingReply: null,
    finished: false,
    endedBy: null,
    nextSeq: 1,
    turns: 0,
    answers: 0,
    activeMs: 0,
    lastActivityAt: input.now.toISOString(),
    limits: input.limits,
    cta: input.cta,
  };
}

type StoredState = Omit<Partial<InterviewerState>, 'version'> & {
  version?: number;
  followupKinds?: unknown;
  ratingAsked?: unknown;
  supportShown?: number;
};

/** Reads the stored jsonb back; a state of the first format is upgraded, anything else is refused. */
export function parseInterviewerState(raw: unknown): InterviewerState {
  const state = raw as StoredState | null;
  if (!state || (state.version !== 1 && state.version !== 2) || !Array.isArray(state.agenda) || !Array.isArray(state.stages)) {
    throw new Error('Unreadable interviewer state');
  }
  if (state.version === 2) return state as InterviewerState;
  return upgradeFirstFormat(state);
}

/** Sessions started before notes and listening existed continue with empty notes and counters. */
function upgradeFirstFormat(state: StoredState): InterviewerState {
  const { followupKinds: _kinds, ratingAsked: _asked, supportShown, ...rest } = state;
  const stages = (state.stages ?? []).map((stage) => ({ ...stage, topic: stage.topic ?? stage.title.toLowerCase() }));
  const pending = state.pending ? { ...state.pending, topic: state.pending.topic ?? state.pending.ref } : null;
  const awaiting = state.awaitingReply ? { seq: state.awaitingReply.seq, since: state.awaitingReply.since ?? state.lastActivityAt! } : null;
  return {
    ...(rest as InterviewerState),
    version: 2,
    goals: [],
    stages,
    skippedRefs: [],
    topicProbes: {},
    probes: stages.map(() => []),
    steered: [],
    clarified: [],
    openings: [],
    notes: [],
    stance: 'unknown',
    distress: supportShown ? { supportTurns: supportShown, crisis: false, stages: [state.stageIndex ?? 0] } : null,
    endedBy: state.finished ? 'complete' : null,
    pending,
    awaitingReply: awaiting,
  };
}

/** `mandatory:<n>` of every part of a coach's mandatory question (`mandatory:<n>:<part>`). */
export const mandatoryBase = (ref: string): string => ref.split(':').slice(0, 2).join(':');

/** Agenda items still to ask: neither asked nor skipped (settling-in questions only once the move is known to be done). */
export const unaskedAgenda = (state: InterviewerState): AgendaItem[] =>
  state.agenda.filter(
    (item) => !state.askedRefs.includes(item.ref) && !state.skippedRefs.includes(item.ref) && (!item.whenMoved || state.stance === 'moved'),
  );

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
  const awaiting = state.finished ? null : { seq, since: now.toISOString() };
  return {
    ...state,
    ...touched(state, now),
    awaitingReply: awaiting,
    nextSeq: seq + 1,
    turns: state.turns + 1,
    answers: state.answers + 1,
  };
}

/** Records an interviewer turn at `nextSeq`: it becomes the pending question (none for a closing or pausing turn). */
export function recordQuestion(
  state: InterviewerState,
  question: Omit<PendingQuestion, 'seq'> | null,
  extra: Partial<InterviewerState>,
  now: Date,
): InterviewerState {
  const seq = state.nextSeq;
  const next: InterviewerState = {
    ...state,
    ...extra,
    ...touched(state, now),
    awaitingReply: null,
    nextSeq: seq + 1,
    turns: state.turns + 1,
  };
  if (!question) return { ...next, pending: null };
  return {
    ...next,
    pending: { ...question, seq },
    stageIndex: question.stage,
    asked: question.text ? [...next.asked, question.text] : next.asked,
  };
}

/** Adds or replaces (same key) a note, keeping the most recent `MAX_NOTES`. */
export function withNote(notes: readonly InterviewNote[], note: InterviewNote): InterviewNote[] {
  const text = note.text.trim().slice(0, 200);
  if (!text) return [...notes];
  return [...notes.filter((n) => n.key !== note.key), { key: note.key.slice(0, 40), text }].slice(-MAX_NOTES);
}

export function progressOf(state: InterviewerState): InterviewProgress {
  const stagesTotal = state.stages.length;
  const stage = state.finished ? 'closing' : (state.stages[state.stageIndex]?.key ?? 'closing');
  return {
    stage,
    // A closing forced by a limit or a stop leaves later stages undone; the current one counts as done.
    stagesDone: state.finished
      ? unaskedAgenda(state).length === 0
        ? stagesTotal
        : Math.min(state.stageIndex + 1, stagesTotal)
      : Math.min(state.stageIndex, stagesTotal),
    stagesTotal,
    mandatoryAnswered: state.mandatoryAnswered.length,
    mandatoryTotal: state.mandatoryTotal,
  };
}
