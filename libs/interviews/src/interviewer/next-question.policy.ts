import type { FollowupNeed } from '#llm';
import type { AnswerAnalysis } from './answer-analysis.util.js';
import type { DistressLevel } from './distress-detector.util.js';
import type { AgendaItem, InterviewerState } from './interviewer-state.type.js';
import { activeMinutes, unaskedAgenda, unaskedMandatory } from './interviewer-state.util.js';

/** Follow-ups per stage: enough to go deeper, never enough to stall the plan. */
export const MAX_FOLLOWUPS_PER_STAGE = 2;
/** Past this share of the time limit only mandatory questions are still asked. */
const TIME_TIGHT_SHARE = 0.8;
/** An answer at least this long but without a concrete example earns a request for one. */
const EXAMPLE_MIN_WORDS = 25;

export type AdaptiveNeed = Exclude<FollowupNeed, 'none'>;

export type NextStep =
  /** `closeAfter`: a limit is reached too, so the caring reply also closes the interview. */
  | { kind: 'support'; level: DistressLevel; planned: AgendaItem | null; closeAfter: boolean }
  | { kind: 'followup'; need: AdaptiveNeed; planned: AgendaItem | null }
  | { kind: 'planned'; item: AgendaItem }
  | { kind: 'closing'; reason: 'complete' | 'limit' };

/**
 * Chooses what the interviewer does after an answer: care first when the answer signals
 * distress; a graceful close when a limit is reached; a bounded, adaptive follow-up when the
 * answer calls for one and the budget still leaves room for every mandatory question; otherwise
 * the next planned question (mandatory ones first when time or turns run short), then closing.
 */
export function decideNextStep(
  state: InterviewerState,
  analysis: AnswerAnalysis,
  distress: DistressLevel | null,
  now: Date,
  options: { followups: boolean } = { followups: true },
): NextStep {
  const remaining = unaskedAgenda(state);
  const mandatoryLeft = unaskedMandatory(state);
  const minutes = activeMinutes(state, now);
  const { maxTurns, maxMinutes } = state.limits;

  // The reply, its answer and the closing turn must still fit.
  const limitReached = state.turns + 3 > maxTurns || minutes >= maxMinutes;
  const turnsTight = state.turns + 2 + 2 * mandatoryLeft + 1 > maxTurns;
  const timeTight = minutes >= maxMinutes * TIME_TIGHT_SHARE;
  const planned = limitReached ? null : turnsTight || timeTight ? (remaining.find((item) => item.mandatory) ?? null) : (remaining[0] ?? null);

  if (distress) return { kind: 'support', level: distress, planned, closeAfter: limitReached };
  if (limitReached) return { kind: 'closing', reason: 'limit' };
  if (options.followups && !turnsTight && !timeTight) {
    const need = followupNeed(state, analysis, followupAllowed(state, remaining.length));
    if (need) return { kind: 'followup', need, planned };
  }
  if (planned) return { kind: 'planned', item: planned };
  return { kind: 'closing', reason: remaining.length === 0 ? 'complete' : 'limit' };
}

/**
 * Follow-ups spend the turns the plan does not need, spread over the stages still to come, so the
 * whole plan is covered within the turn limit (never more than `MAX_FOLLOWUPS_PER_STAGE` a stage).
 */
function followupAllowed(state: InterviewerState, plannedLeft: number): boolean {
  const pending = state.pending;
  if (!pending) return false;
  const spare = Math.floor((state.limits.maxTurns - (state.turns + 2 * plannedLeft + 1)) / 2);
  const stagesLeft = Math.max(1, state.stages.length - pending.stage);
  const share = Math.min(MAX_FOLLOWUPS_PER_STAGE, Math.ceil(spare / stagesLeft));
  return (state.followups[pending.stage] ?? 0) < share;
}

/** The self-rating is asked once, at the first answer that does not give one, even when the follow-up share is spent. */
function followupNeed(state: InterviewerState, analysis: AnswerAnalysis, allowed: boolean): AdaptiveNeed | null {
  const pending = state.pending;
  if (!pending || pending.kind === 'support' || pending.kind === 'closing') return null;
  const stage = pending.stage;
  const unused = (need: AdaptiveNeed) => !state.followupKinds.includes(`${stage}:${need}`);
  const ratingDue = !state.ratingGiven && !state.ratingAsked && !analysis.vague;

  if (allowed && analysis.vague && unused('probe_vague')) return 'probe_vague';
  if (ratingDue) return 'ask_rating';
  if (!allowed) return null;
  if (analysis.strongSentiment && unused('explore_sentiment')) return 'explore_sentiment';
  if (!analysis.hasExample && analysis.words >= EXAMPLE_MIN_WORDS && unused('ask_example')) return 'ask_example';
  return null;
}
