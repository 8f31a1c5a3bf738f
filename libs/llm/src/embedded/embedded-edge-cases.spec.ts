import { describe, expect, it } from '@jest/globals';
import type { LlmTask } from '../llm-task.interface.js';
import { actionPlanTask } from '../prompts/action-plan.prompt.js';
import { insightAnswerTask } from '../prompts/insight-answer.prompt.js';
import { interviewFollowupTask } from '../prompts/interview-followup.prompt.js';
import { researchPlanTask } from '../prompts/research-plan.prompt.js';
import { summaryTask } from '../prompts/summary.prompt.js';
import { DEFAULT_THEME_TAXONOMY } from '../taxonomy/default-theme-taxonomy.js';
import { checkModelOutput } from '../util/output-check.util.js';
import { EmbeddedChatModel } from './embedded-chat-model.js';

const model = new EmbeddedChatModel();

async function expectValid<TOutput, TInput>(task: LlmTask<TOutput, TInput>, input: TInput): Promise<TOutput> {
  const reply = await model.invoke(task.build(input));
  const check = checkModelOutput(task, input, reply.text);
  expect(check).toMatchObject({ ok: true });
  return (check as { value: TOutput }).value;
}

describe('EmbeddedChatModel on sparse or unusual input', () => {
  it('plans from a bare question, and from many mandatory questions', async () => {
    await expectValid(researchPlanTask, { title: '', primaryQuestion: '?', goals: [], mandatoryQuestions: [] });
    const mandatoryQuestions = Array.from({ length: 12 }, (_, i) => `What is important to me about topic number ${i + 1}?`);
    const plan = await expectValid(researchPlanTask, {
      title: 'Career change',
      primaryQuestion: 'Should I pivot from teaching into UX design?',
      goals: ['Have a portfolio', 'Talk to five designers'],
      mandatoryQuestions,
      researcherInfo: 'High-school teacher for ten years, evening courses in design.',
    });
    expect(plan.researchType).toBe('Career Transition Exploration');
    expect(plan.stages.flatMap((s) => s.questions)).toEqual(expect.arrayContaining(mandatoryQuestions));
  });

  it('summarises a session without participant answers', async () => {
    const summary = await expectValid(summaryTask, {
      primaryQuestion: 'Where next?',
      taxonomy: DEFAULT_THEME_TAXONOMY,
      turns: [{ id: 'i1', role: 'INTERVIEWER', content: 'How are you?' }],
    });
    expect(summary).toMatchObject({ satisfactionScore: null, satisfactionSource: null, strengths: [], gaps: [], themes: [] });
  });

  it('codes against an organisation taxonomy with its own keys', async () => {
    const summary = await expectValid(summaryTask, {
      primaryQuestion: 'How is the new hybrid setup working?',
      taxonomy: [{ key: 'commute', label: 'Commute', keywords: ['train', 'travel time'] }],
      turns: [{ id: 'p1', role: 'PARTICIPANT', content: 'The train takes two hours and I am exhausted by the travel time.' }],
    });
    expect(summary.themes).toEqual([expect.objectContaining({ key: 'commute', turnIds: ['p1'] })]);
    expect(summary.themes[0]!.sentiment).toBeLessThan(0);
  });

  it('says so when no passage matches, and cites nothing', async () => {
    const answer = await expectValid(insightAnswerTask, {
      question: 'What do people think about compensation?',
      passages: [{ sessionId: 's1', turnId: 't1', content: 'I like my team.' }],
    });
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toMatch(/None of the 1 passages/);
  });

  it('cuts long excerpts to 200 characters while keeping them exact', async () => {
    const content = `${'Mentorship matters to me because '.repeat(12)}and that is all.`;
    const answer = await expectValid(insightAnswerTask, { question: 'mentorship?', passages: [{ sessionId: 's', turnId: 't', content }] });
    expect(answer.citations[0]!.excerpt.length).toBeLessThanOrEqual(200);
    expect(content).toContain(answer.citations[0]!.excerpt);
  });

  it('plans actions from an empty summary', async () => {
    const plan = await expectValid(actionPlanTask, {
      summary: { overview: 'x', satisfactionScore: null, satisfactionSource: null, strengths: [], gaps: [], themes: [], opportunities: [], suggestedActions: [] },
      startDate: 'not a date',
    });
    expect(plan.items.length).toBeGreaterThanOrEqual(3);
    expect(plan.items[0]!.milestone).not.toMatch(/^By/);
  });

  it('asks something sensible after an empty answer', async () => {
    const { question } = await expectValid(interviewFollowupTask, {
      primaryQuestion: 'What next?',
      stage: { key: 'custom-stage', title: 'Custom' },
      plannedNextQuestion: null,
      lastQuestion: 'Anything else?',
      lastAnswer: '',
      askedQuestions: [],
      needs: 'probe_vague',
    });
    expect(question).toMatch(/\?$/);
  });
});
