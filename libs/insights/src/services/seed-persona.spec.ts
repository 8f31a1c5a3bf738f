import { beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import {
  actionPlanTask,
  ChatModelFactory,
  DEFAULT_THEME_TAXONOMY,
  type InsightPassage,
  insightAnswerTask,
  LlmRunner,
  type SummaryInput,
  summaryTask,
} from '#llm';
import { keepCited } from './citations.util.js';
import { checkSummary } from './summary-claims.util.js';
import { isThemeQuestion, mergePassages, withThemeContext } from './theme-question.util.js';

// The seed's real-world example: a mid-level software engineer at 5 out of 10.
const exchange: Array<[string, string]> = [
  [
    'How satisfied are you with your career right now, on a scale of 1 to 10?',
    "I'm a mid-level software engineer, stuck in my current role and unsure about my career direction. I'd say 5 out of 10.",
  ],
  [
    'What gives you energy at work, and what drains it?',
    'I enjoy the technical challenges, but I am frustrated by the lack of mentorship and the lack of leadership opportunities.',
  ],
  [
    'What are your strongest skills?',
    'Strong problem-solving and system design skills, and a natural teaching ability when I explain designs to junior developers.',
  ],
  [
    'Which gaps hold you back?',
    'I have no formal leadership experience, and limited visibility to senior leadership. The company culture does not support internal advancement.',
  ],
  [
    'How do you see the market for your skills?',
    'My experience in cloud infrastructure and security is in high demand, especially in fintech and healthtech.',
  ],
  [
    'Where do you want to go next?',
    'I want to grow into team leadership and technical architecture rather than individual coding, on products with meaningful impact.',
  ],
  [
    'What is your plan?',
    'A 12-18 month transition plan: leadership training, a cloud architecture certification, and mentoring junior developers.',
  ],
];

const turns = exchange.flatMap(([question, answer], i) => [
  { id: `q${i}`, role: 'INTERVIEWER' as const, content: question },
  { id: `a${i}`, role: 'PARTICIPANT' as const, content: answer },
]);
const input: SummaryInput = {
  primaryQuestion: 'How can I assess my career satisfaction and find the best path to grow?',
  turns,
  taxonomy: DEFAULT_THEME_TAXONOMY,
};
// As the search gives them: each answer with the question it followed.
const passages: InsightPassage[] = exchange.map(([question, content], i) => ({ sessionId: 's1', turnId: `a${i}`, content, question }));

describe('the embedded model on the seed persona', () => {
  let runner: LlmRunner;
  beforeAll(() => {
    Logger.overrideLogger(false);
    runner = new LlmRunner(new ChatModelFactory(), {
      defaults: { provider: 'embedded', timeoutMs: 5_000, maxRetries: 0 },
      interviewBudgetMs: 4_000,
      allowedOverrideHosts: '*',
    });
  });

  it("writes a sourced summary with the participant's own 5 and mentorship or leadership themes", async () => {
    const { value } = await runner.run(summaryTask, input, { organisationId: 'org' });
    const { summary, problems } = checkSummary(value, input);
    expect(problems).toEqual([]);
    expect(summary.satisfactionScore).toBe(5);
    expect(summary.satisfactionSource).toBe('participant');
    expect(summary.themes.map((t) => t.key)).toEqual(expect.arrayContaining(['mentorship', 'leadership']));
    expect(summary.strengths.length + summary.gaps.length).toBeGreaterThan(0);
  });

  it("answers the seed's theme question from the coded themes, citing the participant's own turns", async () => {
    const question = 'What themes emerge in my career satisfaction and dissatisfaction patterns?';
    expect(isThemeQuestion(question)).toBe(true);
    const { summary } = checkSummary((await runner.run(summaryTask, input, { organisationId: 'org' })).value, input);
    const themeTurns = [...new Set(summary.themes.flatMap((t) => t.turnIds))].map((id) => passages.find((p) => p.turnId === id)!);
    const labels = summary.themes.map((t) => t.label.toLowerCase());
    const asked = { question: withThemeContext(question, labels), passages: mergePassages(themeTurns, passages, 8) };
    const { value } = await runner.run(insightAnswerTask, asked, { organisationId: 'org' });
    const { citations, answer } = keepCited(value, asked.passages);
    expect(answer).toBe(value.answer);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((c) => c.turnId.startsWith('a'))).toBe(true);
    expect(value.answer).toMatch(/^Your reflections keep coming back to [^.]*(?:mentorship|leadership)/i);
    expect(value.answer).toMatch(/\bOn this, you said\b/);
  });

  it("answers the seed's skill-gap question with citations of the participant's own turns", async () => {
    const question = 'What skill development and experience gaps are preventing me from achieving my career objectives?';
    const { value } = await runner.run(
      insightAnswerTask,
      { question: withThemeContext(question, []), passages },
      { organisationId: 'org' },
    );
    const { citations } = keepCited(value, passages);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((c) => c.turnId.startsWith('a'))).toBe(true);
    expect(citations.map((c) => c.excerpt).join(' ')).toMatch(/leadership experience|skills/i);
  });

  it('turns the summary into 3 to 8 dated items', async () => {
    const { value: summary } = await runner.run(summaryTask, input, { organisationId: 'org' });
    const { value: plan } = await runner.run(actionPlanTask, { summary, startDate: '2026-01-05' }, { organisationId: 'org' });
    expect(plan.items.length).toBeGreaterThanOrEqual(3);
    expect(plan.items.length).toBeLessThanOrEqual(8);
    expect(new Set(plan.items.map((i) => i.category)).size).toBeGreaterThan(1);
  });
});

describe('keepCited', () => {
  it("drops citations that do not quote a retrieved passage, each kept once, and renumbers the claims' markers", () => {
    const kept = keepCited(
      {
        answer:
          'You rated it 5 [1]; you rated it 5 again [2]; you said something never said [3]; and someone else said it [4]. You said it once more [5].',
        citations: [
          { sessionId: 's1', turnId: 'a0', excerpt: "I'd say 5 out of 10." },
          { sessionId: 's1', turnId: 'a0', excerpt: "I'd say 5 out of 10." },
          { sessionId: 's1', turnId: 'a1', excerpt: 'words never said' },
          { sessionId: 'other', turnId: 'a0', excerpt: "I'd say 5 out of 10." },
          { sessionId: 's1', turnId: 'a1', excerpt: 'I enjoy the technical challenges' },
        ],
      },
      passages,
    );
    expect(kept.citations).toEqual([
      { sessionId: 's1', turnId: 'a0', excerpt: "I'd say 5 out of 10." },
      { sessionId: 's1', turnId: 'a1', excerpt: 'I enjoy the technical challenges' },
    ]);
    expect(kept.answer).toBe(
      'You rated it 5 [1]; you rated it 5 again [1]; you said something never said; and someone else said it. You said it once more [2].',
    );
  });
});
