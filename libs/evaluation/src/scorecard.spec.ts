import { beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { INSIGHT_CHECKS } from './insights-rubric.js';
import { INTERVIEW_CHECKS, MAX_PROMPT_TOKENS } from './interview-rubric.js';
import { PERSONAS } from './personas/personas.fixture.js';
import { formatInsights, formatTranscript, type Scorecard, scoreProvider } from './scorecard.js';

/**
 * The embedded interviewer against every scripted participant, then their summary, plan and
 * answer: every check must hold. A change that makes any participant's interview or insights
 * worse fails here, with what it broke.
 */
describe('interviewer scorecard (embedded model)', () => {
  let card: Scorecard;
  beforeAll(async () => {
    Logger.overrideLogger(false);
    card = await scoreProvider({ provider: 'embedded' }, { LLM_PROVIDER: 'embedded' });
  });

  it('runs at least ten scripted participants', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(10);
    expect(card.personas).toHaveLength(PERSONAS.length);
  });

  it.each([...INTERVIEW_CHECKS, ...INSIGHT_CHECKS].map((check) => [check]))('passes "%s" for every participant', (check) => {
    const failures = card.personas.flatMap((p) => p.checks.find((c) => c.check === check)!.failures.map((f) => `${p.persona}: ${f}`));
    expect(failures).toEqual([]);
  });

  it('keeps the prompt bounded however long the interview runs', () => {
    expect(card.tokensPerTurn.maxPrompt).toBeGreaterThan(0);
    expect(card.tokensPerTurn.maxPrompt).toBeLessThanOrEqual(MAX_PROMPT_TOKENS);
  });

  it('gives the same transcript for the same script', async () => {
    const again = await scoreProvider({ provider: 'embedded' }, { LLM_PROVIDER: 'embedded' }, PERSONAS.slice(0, 3));
    for (const [i, score] of again.personas.entries()) {
      expect(formatTranscript(score.transcript)).toBe(formatTranscript(card.personas[i]!.transcript));
      expect(formatInsights(score.insights)).toBe(formatInsights(card.personas[i]!.insights));
    }
  });
});
