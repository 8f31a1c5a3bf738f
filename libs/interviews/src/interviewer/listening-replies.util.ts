import { quotablePhrases, spoken } from '#llm';
import {
  closingMessage,
  gentleAcknowledgement,
  leadAcknowledgement,
  pauseMessage,
  skipAcknowledgement,
  stopMessage,
} from './interviewer-messages.js';
import type { InterviewerState, PendingQuestion } from './interviewer-state.type.js';
import { mandatoryBase, withNote } from './interviewer-state.util.js';
import { ask, askPlanned, closeOrRecap, finalTurn, followUpExtra, type InterviewerStep, withOpenings } from './interviewer-steps.util.js';
import { crisisMessage, firstSupportMessage, laterSupportMessage } from './support-messages.js';
import { type Budget, droppedItems, gentlestPlanned, nextPlanned, stagesMentioned } from './turn-policy.util.js';

/**
 * The replies the policy writes itself, without a model: support after distress, a crisis
 * response, stopping, pausing, skipping, and following the participant's lead after support.
 */

/** Drops what must no longer be asked (see `droppedItems`). */
export function withDrops(state: InterviewerState): InterviewerState {
  const dropped = droppedItems(state);
  return dropped.length ? { ...state, skippedRefs: [...state.skippedRefs, ...dropped] } : state;
}

export function crisisReply(state: InterviewerState, resources: string | null, now: Date): InterviewerStep {
  const earlier = state.distress?.crisis ?? false;
  const distress = {
    supportTurns: (state.distress?.supportTurns ?? 0) + 1,
    crisis: true,
    stages: state.distress?.stages ?? [state.stageIndex],
  };
  return finalTurn(withDrops({ ...state, distress }), crisisMessage(resources, earlier), 'pause', {}, now);
}

/** Support once in full; a later disclosure gets two new sentences and a pause offer, never the same block. */
export function supportReply(
  state: InterviewerState,
  answer: string,
  resources: string | null,
  budget: Budget,
  now: Date,
): InterviewerStep {
  const pending = state.pending!;
  const supportTurns = state.distress?.supportTurns ?? 0;
  const message = supportTurns === 0 ? firstSupportMessage(answer, resources) : laterSupportMessage(supportTurns);
  const stages = [...new Set([...(state.distress?.stages ?? []), pending.stage, ...stagesMentioned(state, answer)])];
  const distress = { supportTurns: supportTurns + 1, crisis: state.distress?.crisis ?? false, stages };
  const next = withDrops({ ...state, distress, ...withOpenings(state, message.statement) });
  const separator = supportTurns === 0 ? '\n\n' : ' ';
  if (budget.limitReached) return finalTurn(next, `${message.statement}\n\n${closingMessage(state.cta, 'limit', false)}`, 'limit', {}, now);
  const question: Omit<PendingQuestion, 'seq'> = {
    ref: `support:${distress.supportTurns}`,
    kind: 'support',
    text: message.question,
    stage: pending.stage,
    topic: pending.topic,
  };
  const step = ask(next, {}, question, {}, now);
  return { ...step, turn: { ...step.turn, content: `${message.statement}${separator}${message.question}` } };
}

export function stopReply(state: InterviewerState, now: Date): InterviewerStep {
  return finalTurn(state, stopMessage(state.cta), 'participant', {}, now);
}

export function pauseReply(state: InterviewerState, now: Date): InterviewerStep {
  return finalTurn(state, pauseMessage(), 'pause', {}, now);
}

/** "Pass": the question counts as handled and is never asked again; the next one follows without a probe. */
export function skipReply(state: InterviewerState, budget: Budget, now: Date): InterviewerStep {
  const pending = state.pending!;
  // Skipping one part of a coach's two-part question skips the whole question.
  const parts =
    pending.kind !== 'planned'
      ? []
      : pending.ref.startsWith('mandatory:')
        ? state.agenda.filter((item) => mandatoryBase(item.ref) === mandatoryBase(pending.ref)).map((item) => item.ref)
        : [pending.ref];
  const skipped: InterviewerState = {
    ...state,
    skippedRefs: [...new Set([...state.skippedRefs, ...parts])],
    topicProbes: { ...state.topicProbes, [pending.topic]: 99 },
  };
  const item = nextPlanned(skipped, budget);
  return item ? askPlanned(skipped, item, skipAcknowledgement(state.openings), now) : closeOrRecap(skipped, budget.roomToRecap, now);
}

/**
 * The answer to a support offer that is neither a stop nor a pause: "go on" continues with the
 * least demanding question left; anything else is the participant's lead, followed first.
 */
export function afterSupportReply(state: InterviewerState, answer: string, goOn: boolean, budget: Budget, now: Date): InterviewerStep {
  const phrase = goOn ? undefined : quotablePhrases(answer, [state.primaryQuestion, ...state.goals, ...state.asked])[0];
  if (phrase) {
    const topic = spoken(phrase);
    const stage = state.pending!.stage;
    const question = {
      ref: 'followup:lead',
      kind: 'followup' as const,
      text: `What would help most with ${topic} right now?`,
      stage,
      topic: 'lead',
    };
    const extra = {
      ...followUpExtra(state, stage, 'lead', 'tell_more'),
      notes: withNote(state.notes, { key: 'wants to talk about', text: phrase.text }),
    };
    return ask(state, { acknowledgement: leadAcknowledgement(topic, state.openings) }, question, extra, now);
  }
  const item = gentlestPlanned(state);
  return item ? askPlanned(state, item, gentleAcknowledgement(state.openings), now) : closeOrRecap(state, budget.roomToRecap, now);
}
