import type { InterviewTurnInput } from '#llm';
import type { AgendaItem, InterviewerState } from './interviewer-state.type.js';
import { activeMinutes, unaskedAgenda, unaskedMandatory } from './interviewer-state.util.js';

/** Follow-ups per topic and per stage: enough to go deeper, never enough to stall the plan. */
export const MAX_PROBES_PER_TOPIC = 2;
export const MAX_FOLLOWUPS_PER_STAGE = 3;
/** Past this share of the time limit only mandatory questions are still asked. */
const TIME_TIGHT_SHARE = 0.8;
/** The recap question, its answer and the closing turn. */
const CLOSING_TURNS = 3;

export interface Budget {
  /** Close now: the reply, its answer and a closing turn would not fit. */
  limitReached: boolean;
  /** Only mandatory questions fit in what is left. */
  tight: boolean;
  /** There is room for the recap question before the close. */
  roomToRecap: boolean;
}

export function budgetOf(state: InterviewerState, now: Date): Budget {
  const minutes = activeMinutes(state, now);
  const { maxTurns, maxMinutes } = state.limits;
  const mandatoryLeft = unaskedMandatory(state);
  return {
    limitReached: state.turns + 3 > maxTurns || minutes >= maxMinutes,
    tight: state.turns + 2 * (mandatoryLeft + 1) + CLOSING_TURNS > maxTurns || minutes >= maxMinutes * TIME_TIGHT_SHARE,
    roomToRecap: state.turns + 1 + CLOSING_TURNS <= maxTurns && minutes < maxMinutes,
  };
}

/**
 * Agenda items the interviewer will not ask: once the participant showed distress, the market, pay
 * and promotion questions and the rest of the stage that upset them (mandatory ones become
 * optional there); questions that treat a move as ahead once the participant said it is done; the
 * rating question once they gave a rating.
 */
export function droppedItems(state: InterviewerState): string[] {
  return unaskedAgenda(state)
    .filter(
      (item) =>
        (state.distress && (item.sensitive || state.distress.stages.includes(item.stage))) ||
        (state.stance === 'moved' && item.presumesPending && !item.mandatory) ||
        (item.ref === 'rating' && state.ratingGiven),
    )
    .map((item) => item.ref);
}

/** Words that name what a stage of the seed's plan is about. */
const STAGE_WORDS: Readonly<Record<string, RegExp>> = {
  current_situation: /\b(?:role|job|satisf\w*)\b/i,
  strengths_value: /\b(?:strengths?|good at|talents?)\b/i,
  gaps_growth: /\b(?:skills?|gaps?|grow\w*|learn\w*)\b/i,
  market_trends: /\b(?:market|industry|field)\b/i,
  goals_planning: /\b(?:goals?|future|aspirations?)\b/i,
  actions_priorities: /\b(?:actions?|next steps?)\b/i,
};

/** Stages an answer speaks about ("I don't have any strengths" touches the strengths stage). */
export function stagesMentioned(state: InterviewerState, answer: string): number[] {
  return state.stages.flatMap((stage, index) => (STAGE_WORDS[stage.key]?.test(answer) ? [index] : []));
}

/** The next planned question: the agenda in order, or only mandatory ones when time or turns are short. */
export function nextPlanned(state: InterviewerState, budget: Budget): AgendaItem | null {
  const remaining = unaskedAgenda(state);
  return (budget.tight ? remaining.find((item) => item.mandatory) : remaining[0]) ?? null;
}

/** After distress, the least demanding question left: the next one that is not about pressure or change. */
export function gentlestPlanned(state: InterviewerState): AgendaItem | null {
  return unaskedAgenda(state).find((item) => !item.sensitive && !item.presumesPending) ?? null;
}

/**
 * What the budget allows this turn. Follow-ups spend the turns the plan does not need, spread over
 * the stages still to come, at most two per topic and three per stage.
 */
export function allowance(state: InterviewerState, budget: Budget, analysis: { hasExample: boolean }): InterviewTurnInput['allowed'] {
  const pending = state.pending;
  const askable = !!pending && (pending.kind === 'planned' || pending.kind === 'followup');
  const stage = pending?.stage ?? state.stageIndex;
  const plannedLeft = unaskedAgenda(state).length;
  const spare = Math.floor((state.limits.maxTurns - (state.turns + 2 * plannedLeft + CLOSING_TURNS)) / 2);
  const stagesLeft = Math.max(1, state.stages.length - stage);
  const share = Math.min(MAX_FOLLOWUPS_PER_STAGE, Math.ceil(spare / stagesLeft));
  const followUp =
    askable && !budget.tight && (state.followups[stage] ?? 0) < share && (state.topicProbes[pending!.topic] ?? 0) < MAX_PROBES_PER_TOPIC;
  const probes = state.probes[stage] ?? [];
  return {
    followUp,
    example: followUp && !analysis.hasExample,
    ladder: followUp && !probes.includes('ladder'),
    steer: askable && !state.steered.includes(stage),
    clarify: askable && !state.clarified.includes(pending!.ref),
  };
}
