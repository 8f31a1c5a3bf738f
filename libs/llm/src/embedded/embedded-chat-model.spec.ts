import { describe, expect, it } from '@jest/globals';
import type { LlmTask } from '../llm-task.interface.js';
import { ACTION_CATEGORIES } from '../prompts/action-plan.schema.js';
import { actionPlanTask } from '../prompts/action-plan.prompt.js';
import { insightAnswerTask } from '../prompts/insight-answer.prompt.js';
import { interviewFollowupTask } from '../prompts/interview-followup.prompt.js';
import type { FollowupNeed } from '../prompts/interview-followup.schema.js';
import { researchPlanTask } from '../prompts/research-plan.prompt.js';
import type { ResearchPlanInput } from '../prompts/research-plan.schema.js';
import { summaryTask } from '../prompts/summary.prompt.js';
import type { SummaryInput } from '../prompts/summary.schema.js';
import { DEFAULT_THEME_TAXONOMY } from '../taxonomy/default-theme-taxonomy.js';
import { checkModelOutput } from '../util/output-check.util.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import { EmbeddedChatModel } from './embedded-chat-model.js';

const model = new EmbeddedChatModel();

/** Runs a task through the model exactly as the runner does, failing on any schema or source problem. */
async function ask<TOutput, TInput>(task: LlmTask<TOutput, TInput>, input: TInput): Promise<{ value: TOutput; raw: string }> {
  const reply = await model.invoke(task.build(input));
  const check = checkModelOutput(task, input, reply.text);
  if (!check.ok) throw new Error(`invalid ${task.name} output: ${check.problems.join('; ')}`);
  return { value: check.value, raw: reply.text };
}

const leadershipInput: ResearchPlanInput = {
  title: 'Leadership path',
  primaryQuestion: 'Should I move into engineering management?',
  goals: ['Decide within six months whether to apply for the team lead role'],
  mandatoryQuestions: ['What would I miss most about coding every day?'],
};
const balanceInput: ResearchPlanInput = {
  title: 'Balance check',
  primaryQuestion: 'How satisfied am I with my work-life balance?',
  goals: [],
  mandatoryQuestions: [],
};

const summaryInput: SummaryInput = {
  primaryQuestion: 'How satisfied am I with my current role?',
  taxonomy: DEFAULT_THEME_TAXONOMY,
  turns: [
    { id: 'i1', role: 'INTERVIEWER', content: 'On a scale of 1 to 10, how satisfied are you with your current role?' },
    {
      id: 'p1',
      role: 'PARTICIPANT',
      content: "I'd say 5 out of 10. I enjoy the technical challenges but I'm frustrated by the lack of mentorship and leadership opportunities.",
    },
    { id: 'i2', role: 'INTERVIEWER', content: 'What are you good at?' },
    { id: 'p2', role: 'PARTICIPANT', content: "I'm good at debugging complex distributed systems and people often come to me for help." },
  ],
};

describe('EmbeddedChatModel', () => {
  it('identifies itself and reports estimated token usage', async () => {
    expect(model._llmType()).toBe('embedded');
    const reply = await model.invoke(researchPlanTask.build(balanceInput));
    expect(reply.usage_metadata?.input_tokens).toBeGreaterThan(0);
    expect(reply.usage_metadata?.output_tokens).toBe(Math.ceil(reply.text.length / 4));
  });

  it('is deterministic', async () => {
    const first = await ask(researchPlanTask, leadershipInput);
    const second = await ask(researchPlanTask, leadershipInput);
    expect(second.raw).toBe(first.raw);
    const summaryA = await ask(summaryTask, summaryInput);
    const summaryB = await ask(summaryTask, summaryInput);
    expect(summaryB.raw).toBe(summaryA.raw);
  });

  it('rejects prompts it has no heuristic for', async () => {
    await expect(model.invoke('hello')).rejects.toThrow('no heuristic');
  });

  describe('research-plan', () => {
    it('builds valid, clearly different plans for different questions', async () => {
      const leadership = (await ask(researchPlanTask, leadershipInput)).value;
      const balance = (await ask(researchPlanTask, balanceInput)).value;
      for (const plan of [leadership, balance]) {
        expect(plan.objectives).toHaveLength(3);
        expect(plan.stages.length).toBeGreaterThanOrEqual(4);
        expect(plan.stages.length).toBeLessThanOrEqual(8);
      }
      expect(leadership.researchType).toBe('Leadership Readiness Assessment');
      expect(leadership.framework).toMatch(/GROW/);
      expect(leadership.objectives.join(' ')).toContain('engineering management');
      expect(balance.researchType).toBe('Work-Life Balance Review');
      expect(balance.objectives.join(' ')).toContain('work-life balance');
      expect(balance.coreQuestions).not.toEqual(leadership.coreQuestions);
      expect(balance.stages[0]!.questions[0]).not.toBe(leadership.stages[0]!.questions[0]);
    });

    it('places mandatory questions verbatim and ties goals into the plan', async () => {
      const plan = (await ask(researchPlanTask, leadershipInput)).value;
      expect(plan.stages.flatMap((s) => s.questions)).toContain('What would I miss most about coding every day?');
      expect(plan.objectives[2]).toContain('Decide within six months');
    });
  });

  describe('summary', () => {
    it('uses the participant rating and codes mentorship and leadership with valid sources', async () => {
      const summary = (await ask(summaryTask, summaryInput)).value;
      expect(summary.satisfactionScore).toBe(5);
      expect(summary.satisfactionSource).toBe('participant');
      const keys = summary.themes.map((t) => t.key);
      expect(keys).toEqual(expect.arrayContaining(['mentorship', 'leadership']));
      for (const theme of summary.themes.filter((t) => ['mentorship', 'leadership'].includes(t.key))) {
        expect(theme.turnIds).toEqual(['p1']);
        expect(theme.sentiment).toBeLessThan(0);
      }
      expect(summary.strengths.map((s) => s.text).join(' ')).toMatch(/technical challenges/);
      expect(summary.gaps.map((g) => g.text).join(' ')).toMatch(/mentorship/);
      expect(summary.overview).toMatch(/5 out of 10/);
      expect(summary.suggestedActions.length).toBeGreaterThan(0);
    });

    it('estimates satisfaction from tone when no rating is given', async () => {
      const input: SummaryInput = {
        ...summaryInput,
        turns: [{ id: 'p9', role: 'PARTICIPANT', content: 'I feel stuck and exhausted, and there is no clear path to promotion.' }],
      };
      const summary = (await ask(summaryTask, input)).value;
      expect(summary.satisfactionSource).toBe('estimated');
      expect(summary.satisfactionScore).toBeLessThan(5);
      expect(summary.themes.map((t) => t.key)).toContain('career_progression');
    });
  });

  describe('insight-answer', () => {
    it('cites only given passages with exact excerpts', async () => {
      const input = {
        question: 'What do participants say about mentorship?',
        passages: [
          { sessionId: 's1', turnId: 't1', content: summaryInput.turns[1]!.content },
          { sessionId: 's2', turnId: 't7', content: 'My mentor has been great. She helped me prepare for my promotion case.' },
          { sessionId: 's3', turnId: 't9', content: 'Mostly I worry about compensation and the hours.' },
        ],
      };
      const answer = (await ask(insightAnswerTask, input)).value;
      expect(answer.citations.length).toBeGreaterThan(0);
      for (const citation of answer.citations) {
        const passage = input.passages.find((p) => p.sessionId === citation.sessionId && p.turnId === citation.turnId);
        expect(passage?.content).toContain(citation.excerpt);
        expect(citation.excerpt.length).toBeLessThanOrEqual(200);
      }
      expect(answer.citations.map((c) => c.turnId)).not.toContain('t9');
      expect(answer.answer.split(/(?<=[.!?]["”]?)\s+/).length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('action-plan', () => {
    it('produces at least three dated items in valid categories', async () => {
      const summary = (await ask(summaryTask, summaryInput)).value;
      const plan = (await ask(actionPlanTask, { summary, startDate: '2025-01-15T00:00:00.000Z' })).value;
      expect(plan.items.length).toBeGreaterThanOrEqual(3);
      for (const item of plan.items) expect(ACTION_CATEGORIES).toContain(item.category);
      expect(new Set(plan.items.map((i) => i.category)).size).toBeGreaterThanOrEqual(3);
      expect(plan.items[0]!.dueInDays).toBe(30);
      expect(plan.items[0]!.milestone).toMatch(/^By 2025-02-14/);
      expect(plan.items.map((i) => i.title).join(' ')).toMatch(/mentor/i);
    });
  });

  describe('interview-followup', () => {
    const base = {
      primaryQuestion: 'Should I move into engineering management?',
      stage: { key: 'current_situation', title: 'Current Situation & Satisfaction' },
      plannedNextQuestion: 'What are my core strengths and unique value proposition in my current field and role?',
      lastQuestion: 'How do you feel about your current role?',
      lastAnswer: "It's okay. I enjoy the technical challenges but I'm frustrated by the lack of mentorship.",
    };
    const needs: FollowupNeed[] = ['probe_vague', 'ask_example', 'explore_sentiment', 'ask_rating', 'none'];

    it('answers each need in its own way', async () => {
      const ask1 = async (need: FollowupNeed) => (await ask(interviewFollowupTask, { ...base, askedQuestions: [], needs: need })).value.question;
      expect(await ask1('ask_rating')).toMatch(/scale of 1 to 10/);
      expect(await ask1('ask_example')).toMatch(/example/);
      expect(await ask1('probe_vague')).toMatch(/"[^"]+"/);
      expect(await ask1('none')).toBe(base.plannedNextQuestion);
    });

    it('never repeats an asked question, even when the same need keeps coming', async () => {
      for (const need of needs) {
        const asked: string[] = [];
        for (let i = 0; i < 12; i++) {
          const { question } = (await ask(interviewFollowupTask, { ...base, askedQuestions: [...asked], needs: need })).value;
          expect(asked.map(normalizeForCompare)).not.toContain(normalizeForCompare(question));
          asked.push(question);
        }
      }
    });

    it('follows the sentiment of the answer', async () => {
      const negative = (await ask(interviewFollowupTask, { ...base, askedQuestions: [], needs: 'explore_sentiment', sentimentHint: 'negative' })).value;
      const positive = (await ask(interviewFollowupTask, { ...base, askedQuestions: [], needs: 'explore_sentiment', sentimentHint: 'positive' })).value;
      expect(negative.question).toMatch(/frustrat|energy|different/);
      expect(positive.question).toMatch(/energy|work for you|value/);
      expect(negative.question).not.toBe(positive.question);
    });
  });
});
