import { describe, expect, it } from '@jest/globals';
import { DEFAULT_THEME_TAXONOMY, type SessionSummary, type SummaryInput } from '#llm';
import { checkSummary } from './summary-claims.util.js';

const input: SummaryInput = {
  primaryQuestion: 'How satisfied am I with my career?',
  taxonomy: DEFAULT_THEME_TAXONOMY,
  turns: [
    { id: 'q1', role: 'INTERVIEWER', content: 'How satisfied are you, 0 to 10?' },
    { id: 'a1', role: 'PARTICIPANT', content: 'I would say 5 out of 10. I miss mentorship.' },
    { id: 'a2', role: 'PARTICIPANT', content: 'I love system design.' },
    { id: 'a3', role: 'PARTICIPANT', content: 'I am exhausted and barely sleeping.', sensitive: true },
  ],
};

const base: SessionSummary = {
  overview: 'An overview.',
  satisfactionScore: 5,
  satisfactionSource: 'participant',
  satisfactionTurnId: 'a1',
  strengths: [{ text: ' Loves system design. ', turnIds: ['a2', 'a2'] }],
  gaps: [{ text: 'Misses mentorship.', turnIds: ['a1'] }],
  themes: [
    { key: 'mentorship', label: 'mentoring', sentiment: -0.5, turnIds: ['a1'] },
    { key: 'mentorship', label: 'Mentorship', sentiment: -0.3, turnIds: ['a1', 'a2'] },
  ],
  opportunities: [],
  suggestedActions: [],
  commitments: [{ text: ' I will find a mentor. ', turnIds: ['a1'], when: ' ' }],
  strain: { text: 'You told me you are exhausted.', turnIds: ['a3'] },
};

describe('checkSummary', () => {
  it('merges duplicate ids and theme keys and takes labels from the taxonomy', () => {
    const { summary, problems } = checkSummary(base, input);
    expect(problems).toEqual([]);
    expect(summary.strengths).toEqual([{ text: 'Loves system design.', turnIds: ['a2'] }]);
    expect(summary.themes).toEqual([{ key: 'mentorship', label: 'Mentorship', sentiment: -0.4, turnIds: ['a1', 'a2'] }]);
  });

  it('refuses a claim citing an interviewer turn or a turn of another session', () => {
    expect(checkSummary({ ...base, gaps: [{ text: 'x', turnIds: ['q1'] }] }, input).problems).toHaveLength(1);
    expect(checkSummary({ ...base, strengths: [{ text: 'x', turnIds: ['elsewhere'] }] }, input).problems).toHaveLength(1);
  });

  it('refuses a claim without any source and a theme outside the taxonomy', () => {
    expect(checkSummary({ ...base, strengths: [{ text: 'x', turnIds: [] }] }, input).problems).toContain('a claim has no source turn');
    expect(
      checkSummary({ ...base, themes: [{ key: 'astrology', label: 'Astrology', sentiment: 0, turnIds: ['a1'] }] }, input).problems,
    ).toHaveLength(1);
  });

  it('refuses a score without its source, and a rating turn for an estimate', () => {
    expect(checkSummary({ ...base, satisfactionSource: null, satisfactionTurnId: null }, input).problems).toHaveLength(1);
    expect(checkSummary({ ...base, satisfactionSource: 'estimated' }, input).problems).toHaveLength(1);
  });

  it('tidies commitments and keeps an empty timeframe as none', () => {
    expect(checkSummary(base, input).summary.commitments).toEqual([{ text: 'I will find a mentor.', turnIds: ['a1'], when: null }]);
  });

  it('keeps the distress exchange to the strain note, and the strain note to it', () => {
    expect(checkSummary({ ...base, gaps: [{ text: 'Exhausted.', turnIds: ['a3'] }] }, input).problems).toEqual([
      'gaps.0 cites a distress exchange, which is only for the strain part',
    ]);
    expect(checkSummary({ ...base, strain: { text: 'x', turnIds: ['a1'] } }, input).problems).toEqual([
      'strain cites a turn outside the distress exchange',
    ]);
    const calm = { ...input, turns: input.turns.filter((t) => !t.sensitive) };
    expect(checkSummary(base, calm).problems).toContain('strain is only written when the participant described distress');
  });
});
