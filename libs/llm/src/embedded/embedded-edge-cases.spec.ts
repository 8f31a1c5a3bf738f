import { describe, expect, it } from '@jest/globals';
import type { LlmTask } from '../llm-task.interface.js';
import { actionPlanTask } from '../prompts/action-plan.prompt.js';
import { insightAnswerTask } from '../prompts/insight-answer.prompt.js';
import { interviewTurnTask } from '../prompts/interview-turn.prompt.js';
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
    expect(answer.answer).toMatch(/^Nothing you said in these reflections speaks to this question directly\./);
  });

  it('cuts long excerpts to 200 characters while keeping them exact', async () => {
    const content = `${'Mentorship matters to me because '.repeat(12)}and that is all.`;
    const answer = await expectValid(insightAnswerTask, { question: 'mentorship?', passages: [{ sessionId: 's', turnId: 't', content }] });
    expect(answer.citations[0]!.excerpt.length).toBeLessThanOrEqual(200);
    expect(content).toContain(answer.citations[0]!.excerpt);
  });

  it('plans actions from an empty summary', async () => {
    const plan = await expectValid(actionPlanTask, {
      summary: { strengths: [], gaps: [], themes: [], opportunities: [], suggestedActions: [], commitments: [] },
      startDate: 'not a date',
    });
    // Nothing to act on: a first step and a review rhythm, not a list of unrelated advice.
    expect(plan.items.map((item) => item.title)).toEqual([
      'Choose one skill to develop and practise it on real work',
      'Schedule a monthly review of this plan',
    ]);
    expect(plan.items.every((item) => !item.fromCommitment && item.sourceTurnIds.length === 0)).toBe(true);
  });

  it('asks something sensible after an empty answer, without a quote', async () => {
    const decision = await expectValid(interviewTurnTask, {
      primaryQuestion: 'What next?',
      goals: [],
      stage: { key: 'custom-stage', title: 'Custom', topic: 'custom' },
      planned: null,
      openMandatory: [],
      window: [],
      lastQuestion: 'Anything else?',
      lastAnswer: '',
      notes: [],
      askedQuestions: [],
      allowed: { followUp: true, example: false, ladder: false, steer: false, clarify: false },
      signals: { words: 0, vague: true, asksMeaning: false, offTopic: false, saturated: false, rating: null, probesOnTopic: 0 },
      probesUsed: [],
      usedOpenings: [],
      avoidTopics: [],
    });
    expect(decision.quote).toBeNull();
    expect(decision.question).toMatch(/\?$/);
  });
});
