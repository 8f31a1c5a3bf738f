import { describe, expect, it } from '@jest/globals';
import type { LlmTask } from '../llm-task.interface.js';
import { actionPlanTask } from '../prompts/action-plan.prompt.js';
import { ACTION_CATEGORIES } from '../prompts/action-plan.schema.js';
import { insightAnswerTask } from '../prompts/insight-answer.prompt.js';
import { interviewTurnTask } from '../prompts/interview-turn.prompt.js';
import type { InterviewTurnInput } from '../prompts/interview-turn.schema.js';
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
      content:
        "I'd say 5 out of 10. I enjoy the technical challenges but I'm frustrated by the lack of mentorship and leadership opportunities.",
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
      // Goals become objectives in the coach's words; they are never pasted into a question.
      expect(plan.objectives[0]).toBe('Decide within six months whether to apply for the team lead role');
      expect(plan.stages.flatMap((s) => s.questions).join(' ')).not.toContain('Decide within six months');
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
      expect(summary.satisfactionTurnId).toBe('p1');
      // Enjoying something gives energy; it is a strength only when they say they are good at it.
      expect(summary.strengths).toEqual([
        { text: "I'm good at debugging complex distributed systems and people often come to me for help.", turnIds: ['p2'] },
      ]);
      expect(summary.gaps.map((g) => g.text).join(' ')).toMatch(/mentorship/);
      expect(summary.overview).toMatch(/^You reflected on/);
      expect(summary.overview).toMatch(/You rated your satisfaction 5 out of 10/);
      expect(summary.overview).toMatch(/energy, in your words: “I enjoy the technical challenges”/);
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
    it('cites only given passages with exact excerpts, each claim marked, speaking to the owner', async () => {
      const input = {
        question: 'What did I say about mentorship?',
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
      answer.citations.forEach((_, i) => {
        expect(answer.answer).toContain(`[${i + 1}]`);
      });
      expect(answer.answer).toMatch(/^On this, you said /);
      expect(answer.answer).not.toMatch(/participant/i);
    });
  });

  describe('action-plan', () => {
    it('answers the themes of concern with guidance that cites them, spread over the next 90 days', async () => {
      const summary = (await ask(summaryTask, summaryInput)).value;
      const plan = (await ask(actionPlanTask, { summary, startDate: '2025-01-15T00:00:00.000Z' })).value;
      for (const item of plan.items) expect(ACTION_CATEGORIES).toContain(item.category);
      expect(plan.items.map((i) => i.title).join(' ')).toMatch(/mentor/i);
      expect(plan.items.every((i) => !i.fromCommitment && i.sourceTurnIds.includes('p1'))).toBe(true);
      // Nothing was dated by the participant: the items are spread over the next 90 days.
      expect(plan.items.map((i) => i.dueInDays)).toEqual([21, 90]);
      expect(plan.items[0]!.milestone).toMatch(/^By 2025-02-05/);
    });

    it('starts from the commitments, in their words, due when they said', async () => {
      const turns: SummaryInput['turns'] = [
        { id: 'i1', role: 'INTERVIEWER', content: 'What will you do next?', stage: 'actions_priorities' },
        {
          id: 'p1',
          role: 'PARTICIPANT',
          stage: 'actions_priorities',
          content:
            'I will ask my director for a mentor before the next promotion cycle. Next quarter I plan to join the architecture review board.',
        },
        {
          id: 'p2',
          role: 'PARTICIPANT',
          stage: 'actions_priorities',
          content: 'I want to hand over the deployment tool to the platform team by the end of January.',
        },
      ];
      const summary = (await ask(summaryTask, { ...summaryInput, turns })).value;
      expect(summary.commitments).toEqual([
        { text: 'Ask my director for a mentor before the next promotion cycle.', turnIds: ['p1'], when: 'before the next promotion cycle' },
        { text: 'Join the architecture review board next quarter.', turnIds: ['p1'], when: 'next quarter' },
        {
          text: 'Hand over the deployment tool to the platform team by the end of January.',
          turnIds: ['p2'],
          when: 'by the end of january',
        },
      ]);
      const plan = (await ask(actionPlanTask, { summary, startDate: '2026-01-05' })).value;
      expect(plan.items.map((i) => [i.title, i.dueInDays, i.fromCommitment, i.sourceTurnIds])).toEqual([
        ['Ask my director for a mentor before the next promotion cycle', 21, true, ['p1']],
        ['Hand over the deployment tool to the platform team by the end of January', 26, true, ['p2']],
        ['Join the architecture review board next quarter', 176, true, ['p1']],
      ]);
    });
  });

  describe('interview-turn', () => {
    const base: InterviewTurnInput = {
      primaryQuestion: 'Should I move into engineering management?',
      goals: [],
      stage: { key: 'current_situation', title: 'Current Situation & Satisfaction', topic: 'how things are going right now' },
      planned: { ref: 'mandatory:1', text: 'What are your core strengths?', mandatory: true, newStageTopic: 'what you are good at' },
      openMandatory: ['What are your core strengths?'],
      window: [],
      lastQuestion: 'How do you feel about your current role?',
      lastAnswer: "It's okay. I enjoy the technical challenges but I'm frustrated by the lack of mentorship.",
      notes: [],
      askedQuestions: ['How do you feel about your current role?'],
      allowed: { followUp: true, example: true, ladder: true, steer: true, clarify: true },
      signals: { words: 15, vague: false, asksMeaning: false, offTopic: false, saturated: false, rating: null, probesOnTopic: 0 },
      probesUsed: [],
      usedOpenings: [],
      avoidTopics: [],
    };

    it('follows up on a meaningful phrase of a rich answer, quoting it verbatim', async () => {
      const { value } = await ask(interviewTurnTask, base);
      expect(value.move).toBe('follow_up');
      expect(value.quote).not.toBeNull();
      expect(base.lastAnswer.toLowerCase()).toContain(value.quote!.toLowerCase());
      expect(value.question).toContain(value.quote!);
      expect(value.question!.match(/\?/g)).toHaveLength(1);
    });

    it('asks the planned question word for word when no follow-up is allowed', async () => {
      const { value } = await ask(interviewTurnTask, { ...base, allowed: { ...base.allowed, followUp: false } });
      expect(value).toMatchObject({ move: 'next_question', question: base.planned!.text });
    });

    it('never repeats an asked question, however often it is asked to follow up', async () => {
      const asked: string[] = [...base.askedQuestions];
      for (let i = 0; i < 8; i++) {
        const { value } = await ask(interviewTurnTask, { ...base, askedQuestions: [...asked] });
        if (value.move !== 'follow_up') break;
        expect(asked.map(normalizeForCompare)).not.toContain(normalizeForCompare(value.question!));
        asked.push(value.question!);
      }
    });

    it('moves on when the answer says there is nothing more', async () => {
      const { value } = await ask(interviewTurnTask, {
        ...base,
        lastAnswer: "That's all.",
        signals: { ...base.signals, words: 2, saturated: true },
      });
      expect(value.move).toBe('move_on');
    });
  });
});
