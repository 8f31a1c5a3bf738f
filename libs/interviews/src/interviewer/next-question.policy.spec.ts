import { describe, expect, it } from '@jest/globals';
import type { AnswerAnalysis } from './answer-analysis.util.js';
import { buildInterviewPlan } from './interview-plan.util.js';
import type { InterviewerState } from './interviewer-state.type.js';
import { createInterviewerState } from './interviewer-state.util.js';
import { decideNextStep } from './next-question.policy.js';

const NOW = new Date('2026-01-01T10:00:00Z');
const detailed: AnswerAnalysis = { words: 40, vague: false, hasExample: true, sentiment: 0, strongSentiment: false, tone: 'neutral', rating: 6 };
const vague: AnswerAnalysis = { ...detailed, words: 2, vague: true, rating: null };

function stateAt(turns: number, maxTurns: number, askedRefs: string[] = []): InterviewerState {
  const state = createInterviewerState({
    plan: buildInterviewPlan({ plan: null, mandatoryQuestions: ['Which book changed my thinking most?', 'What do I want to learn next?'] }),
    primaryQuestion: 'Where is my career going?',
    limits: { maxTurns, maxMinutes: 60 },
    cta: { text: 'Thanks', url: null },
    openActions: [],
    now: NOW,
  });
  const first = state.agenda[0]!;
  return { ...state, turns, ratingGiven: true, askedRefs: [first.ref, ...askedRefs], asked: [first.text], pending: { seq: turns - 1, ref: first.ref, kind: 'planned', text: first.text, stage: 0 } };
}

describe('decideNextStep', () => {
  it('probes a vague answer while the turn budget has room for the whole plan, and asks for an example of a general one', () => {
    expect(decideNextStep(stateAt(2, 60), vague, null, NOW)).toMatchObject({ kind: 'followup', need: 'probe_vague' });
    expect(decideNextStep(stateAt(2, 60), { ...detailed, hasExample: false }, null, NOW)).toMatchObject({ kind: 'followup', need: 'ask_example' });
    expect(decideNextStep(stateAt(2, 60), { ...detailed, strongSentiment: true, tone: 'negative' }, null, NOW)).toMatchObject({ kind: 'followup', need: 'explore_sentiment' });
    expect(decideNextStep(stateAt(2, 60), detailed, null, NOW)).toMatchObject({ kind: 'planned' });
  });

  it('skips follow-ups and keeps to mandatory questions when turns run short', () => {
    const step = decideNextStep(stateAt(2, 6), vague, null, NOW);
    expect(step).toMatchObject({ kind: 'planned', item: { ref: 'mandatory:1', mandatory: true } });
  });

  it('closes on the limit, and lets a caring reply close it when distress comes at the same time', () => {
    expect(decideNextStep(stateAt(6, 8), detailed, null, NOW)).toEqual({ kind: 'closing', reason: 'limit' });
    expect(decideNextStep(stateAt(6, 8), detailed, 'crisis', NOW)).toMatchObject({ kind: 'support', level: 'crisis', closeAfter: true });
    const late = new Date(NOW.getTime() + 61 * 60_000);
    expect(decideNextStep({ ...stateAt(2, 60), activeMs: 60 * 60_000 }, detailed, null, late)).toEqual({ kind: 'closing', reason: 'limit' });
  });

  it('asks for a self-rating once when none was given, then moves on to the plan', () => {
    const noRating = { ...detailed, rating: null };
    expect(decideNextStep({ ...stateAt(2, 60), ratingGiven: false }, noRating, null, NOW)).toMatchObject({ kind: 'followup', need: 'ask_rating' });
    expect(decideNextStep({ ...stateAt(2, 60), ratingGiven: false, ratingAsked: true }, noRating, null, NOW)).toMatchObject({ kind: 'planned' });
  });

  it('closes as complete once every agenda item was asked', () => {
    const state = stateAt(2, 60);
    const done = { ...state, askedRefs: state.agenda.map((item) => item.ref) };
    expect(decideNextStep(done, detailed, null, NOW)).toEqual({ kind: 'closing', reason: 'complete' });
  });
});
