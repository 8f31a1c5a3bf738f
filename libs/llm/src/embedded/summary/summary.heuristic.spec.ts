import { describe, expect, it } from '@jest/globals';
import type { SummaryInput, SummaryTurn } from '../../prompts/summary.schema.js';
import { DEFAULT_THEME_TAXONOMY } from '../../taxonomy/default-theme-taxonomy.js';
import { buildSummary } from './summary.heuristic.js';

let seq = 0;
const ask = (content: string, stage?: string): SummaryTurn => ({
  id: `i${++seq}`,
  role: 'INTERVIEWER',
  content,
  ...(stage ? { stage } : {}),
});
const say = (id: string, content: string, stage?: string, sensitive = false): SummaryTurn => ({
  id,
  role: 'PARTICIPANT',
  content,
  ...(stage ? { stage } : {}),
  ...(sensitive ? { sensitive } : {}),
});
const summarise = (turns: SummaryTurn[]) =>
  buildSummary({ primaryQuestion: 'How do I grow in this role?', taxonomy: DEFAULT_THEME_TAXONOMY, turns } satisfies SummaryInput);
const claims = (list: Array<{ text: string }>) => list.map((c) => c.text).join(' | ');

describe('buildSummary (embedded)', () => {
  it('never makes a claim of pleasantries, talk about the conversation, or life outside work', () => {
    const summary = summarise([
      ask('What are you good at?', 'strengths_value'),
      say('p1', 'I am good at untangling legacy systems.', 'strengths_value'),
      ask('Anything else?', 'closing'),
      say('p2', 'That is all, thanks.', 'closing'),
      ask('How are things going?', 'current_situation'),
      say('p3', 'The commute is brutal and my running club keeps me sane.', 'current_situation'),
    ]);
    expect(claims(summary.strengths)).toBe('I am good at untangling legacy systems.');
    expect(JSON.stringify(summary)).not.toMatch(/thanks|commute|running club/i);
  });

  it('keeps energy apart from gaps, and names themes without judging them', () => {
    const summary = summarise([
      ask('What gives you energy?', 'current_situation'),
      say('p1', 'The deep technical problems give me energy; status meetings and unclear priorities drain it.', 'current_situation'),
    ]);
    expect(summary.gaps).toEqual([]);
    expect(summary.overview).toMatch(/What gives you energy, in your words: “The deep technical problems give me energy”/);
    expect(summary.overview).not.toMatch(/came across positively|needs? attention/);
  });

  it('chooses claims across the whole conversation, not its first turns', () => {
    const turns: SummaryTurn[] = [];
    for (let i = 0; i < 8; i++)
      turns.push(ask('How are things?', 'current_situation'), say(`early${i}`, `Project ${i} went fine and I enjoyed parts of it.`));
    turns.push(
      ask('What do people come to you for?', 'strengths_value'),
      say('late', 'Colleagues come to me for architecture reviews.', 'strengths_value'),
    );
    expect(summarise(turns).strengths.map((c) => c.turnIds[0])).toContain('late');
  });

  it('codes themes from meaning-bearing words only ("I mean" is not "meaning")', () => {
    const summary = summarise([ask('What matters to you?'), say('p1', "ugh. I mean I don't know")]);
    expect(summary.themes).toEqual([]);
  });

  it('leaves a distress exchange to the strain note: no claim, theme or score is drawn from it, and no guess is made', () => {
    const summary = summarise([
      ask('How are things going?', 'current_situation'),
      say('p1', "It's going ok I guess.", 'current_situation'),
      ask('How satisfied are you with your role?', 'current_situation'),
      say(
        'p2',
        "Honestly I'm completely burnt out. I sleep four hours a night and the workload is unmanageable.",
        'current_situation',
        true,
      ),
    ]);
    expect(summary.strain?.text).toMatch(/“I'm completely burnt out” and “I sleep four hours a night and the workload is unmanageable”/);
    expect(summary.strain?.turnIds).toEqual(['p2']);
    const { strain, ...rest } = summary;
    expect(JSON.stringify(rest)).not.toMatch(/burnt|sleep|p2/);
    expect(rest).toMatchObject({ satisfactionScore: null, satisfactionSource: null });
  });

  it('holds an estimate from a single remark toward the middle of the scale', () => {
    const summary = summarise([
      ask('How are things going?', 'current_situation'),
      say('p1', "It's going really well, I love it.", 'current_situation'),
    ]);
    expect(summary.satisfactionSource).toBe('estimated');
    expect(summary.satisfactionScore).toBeGreaterThan(5);
    expect(summary.satisfactionScore).toBeLessThanOrEqual(7);
    expect(summary.overview).toMatch(/estimates about \d+ out of 10, which is only a guess/);
  });
});
