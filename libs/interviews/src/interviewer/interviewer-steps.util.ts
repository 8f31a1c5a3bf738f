import { openingOf, type ProbeKind } from '#llm';
import { bridgeTo, closingCheckMessage, closingMessage } from './interviewer-messages.js';
import type { AgendaItem, InterviewerState, PendingQuestion } from './interviewer-state.type.js';
import { recordQuestion, unaskedAgenda } from './interviewer-state.util.js';

/** One interviewer message, ready to be stored as a turn. */
export interface InterviewerTurn {
  content: string;
  questionRef: string;
  /** The stage key, or `closing`. */
  stage: string;
  /** The participant's words the question quotes, when it quotes any (not stored; for checks). */
  quote?: string | null;
}

/** Which model wrote the decision behind a turn, when one did. */
export interface ModelAudit {
  provider: string;
  model: string;
  promptVersion: string;
}

export interface InterviewerStep {
  turn: InterviewerTurn;
  state: InterviewerState;
  model: ModelAudit | null;
  /** The turn pauses the session (the participant asked for a break, or a crisis). */
  pause: boolean;
  /** The answer and this reply are a distress exchange: the participant's alone. */
  sensitive: boolean;
}

export const CLOSING_CHECK_REF = 'closing:check';

const stageKey = (state: InterviewerState, stage: number): string => state.stages[stage]?.key ?? 'reflection';

/** Opening words used by this turn's acknowledgement and bridge, added to the state's. */
export function withOpenings(state: InterviewerState, ...texts: Array<string | null | undefined>): Pick<InterviewerState, 'openings'> {
  return { openings: [...state.openings, ...texts.filter((t): t is string => !!t?.trim()).map(openingOf)] };
}

/** Asks `question` (its text alone in `question.text`), preceded by an acknowledgement and a bridge. */
export function ask(
  state: InterviewerState,
  parts: { acknowledgement?: string | null; bridge?: string | null },
  question: Omit<PendingQuestion, 'seq'>,
  extra: Partial<InterviewerState>,
  now: Date,
  model: ModelAudit | null = null,
): InterviewerStep {
  const content = [parts.acknowledgement, parts.bridge, question.text].filter((p) => !!p?.trim()).join(' ');
  const next = recordQuestion(state, question, { ...withOpenings(state, parts.acknowledgement, parts.bridge, content), ...extra }, now);
  return {
    turn: { content, questionRef: question.ref, stage: stageKey(next, question.stage) },
    state: next,
    model,
    pause: false,
    sensitive: false,
  };
}

/** Asks an agenda item, with a bridge when it opens a new stage. */
export function askPlanned(
  state: InterviewerState,
  item: AgendaItem,
  acknowledgement: string | null,
  now: Date,
  model: ModelAudit | null = null,
): InterviewerStep {
  const bridge = item.stage !== state.stageIndex ? bridgeTo(state.stages[item.stage]!, state.openings) : null;
  return ask(
    state,
    { acknowledgement, bridge },
    { ref: item.ref, kind: 'planned', text: item.text, stage: item.stage, topic: item.ref },
    askedExtra(state, item),
    now,
    model,
  );
}

export function askedExtra(state: InterviewerState, item: AgendaItem): Partial<InterviewerState> {
  return { askedRefs: [...state.askedRefs, item.ref] };
}

/** Counts a follow-up against its topic and stage. */
export function followUpExtra(state: InterviewerState, stage: number, topic: string, probe: ProbeKind | null): Partial<InterviewerState> {
  const followups = [...state.followups];
  followups[stage] = (followups[stage] ?? 0) + 1;
  const probes = state.probes.map((p, i) => (i === stage && probe ? [...p, probe] : p));
  return { followups, probes, topicProbes: { ...state.topicProbes, [topic]: (state.topicProbes[topic] ?? 0) + 1 } };
}

/** A turn that asks nothing: the session ends (`endedBy`) or pauses. */
export function finalTurn(
  state: InterviewerState,
  content: string,
  end: InterviewerState['endedBy'] | 'pause',
  extra: Partial<InterviewerState>,
  now: Date,
): InterviewerStep {
  const finished = end !== 'pause';
  const next = recordQuestion(state, null, { ...extra, finished, endedBy: finished ? end : state.endedBy }, now);
  const closing = finished ? 'closing' : stageKey(state, state.stageIndex);
  return {
    turn: { content, questionRef: finished ? 'closing' : 'pause', stage: closing },
    state: next,
    model: null,
    pause: !finished,
    sensitive: false,
  };
}

/** Everything asked: the recap question when there is room for it, else the close. */
export function closeOrRecap(state: InterviewerState, roomToRecap: boolean, now: Date): InterviewerStep {
  const remaining = unaskedAgenda(state).length;
  if (roomToRecap && remaining === 0 && state.answers > 0) {
    const covered = [
      ...new Set(
        state.agenda
          .filter((a) => state.askedRefs.includes(a.ref))
          .map((a) => state.stages[a.stage]?.topic)
          .filter((t): t is string => !!t),
      ),
    ];
    const check = closingCheckMessage(covered);
    const next = recordQuestion(
      state,
      { ref: CLOSING_CHECK_REF, kind: 'closing', text: check.question, stage: state.stageIndex, topic: CLOSING_CHECK_REF },
      {},
      now,
    );
    return {
      turn: { content: check.content, questionRef: CLOSING_CHECK_REF, stage: 'closing' },
      state: next,
      model: null,
      pause: false,
      sensitive: false,
    };
  }
  return finalTurn(
    state,
    closingMessage(state.cta, remaining === 0 ? 'complete' : 'limit', false),
    remaining === 0 ? 'complete' : 'limit',
    {},
    now,
  );
}
