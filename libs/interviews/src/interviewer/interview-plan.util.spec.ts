import { describe, expect, it } from '@jest/globals';
import { buildInterviewPlan, RATING_QUESTION } from './interview-plan.util.js';

const SEED_MANDATORY = [
  "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
  'What are my core strengths and unique value proposition in my current field and role?',
  'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
];

describe('buildInterviewPlan', () => {
  it('uses the six seed stages and places each mandatory question once, in the stage it fits, in the second person, one question per turn', () => {
    const plan = buildInterviewPlan({ plan: null, mandatoryQuestions: SEED_MANDATORY });
    expect(plan.stages.map((s) => s.key)).toEqual([
      'current_situation',
      'strengths_value',
      'gaps_growth',
      'market_trends',
      'goals_planning',
      'actions_priorities',
    ]);
    const mandatory = plan.agenda.filter((item) => item.mandatory);
    expect(mandatory.map((item) => [item.ref, plan.stages[item.stage]!.key])).toEqual([
      ['mandatory:0', 'current_situation'],
      ['mandatory:0:2', 'current_situation'],
      ['mandatory:1', 'strengths_value'],
      ['mandatory:2', 'goals_planning'],
    ]);
    expect(mandatory[0]!.text).toBe('How satisfied are you with your current role, responsibilities, and career trajectory?');
    expect(mandatory[1]!.text).toBe("What's working well and what's not?");
    expect(mandatory[3]!.text).toContain('do you have for the next 2-5 years');
    for (const item of plan.agenda) expect(item.text.match(/\?/g)).toHaveLength(1);
  });

  it('leaves out plan questions on the topic of a mandatory one, asks a self-rating early, and marks market questions sensitive', () => {
    const plan = buildInterviewPlan({ plan: null, mandatoryQuestions: SEED_MANDATORY });
    const strengths = plan.agenda.filter((item) => plan.stages[item.stage]!.key === 'strengths_value').map((item) => item.text);
    expect(strengths.filter((t) => /strength/i.test(t))).toHaveLength(1);
    expect(plan.agenda.findIndex((item) => item.ref === 'rating')).toBe(2);
    expect(plan.agenda.find((item) => item.ref === 'rating')!.text).toBe(RATING_QUESTION);
    expect(plan.agenda.filter((item) => plan.stages[item.stage]!.key === 'market_trends').every((item) => item.sensitive)).toBe(true);
    expect(plan.agenda.map((item) => item.stage)).toEqual([...plan.agenda.map((item) => item.stage)].sort((a, b) => a - b));
  });

  it("follows the template's research plan when one is ready, and asks an unplaceable mandatory question early", () => {
    const plan = buildInterviewPlan({
      plan: {
        stages: [
          { key: 'leadership_today', title: 'Leadership Today', questions: ['How do I lead my team today?'] },
          { key: 'next_steps', title: 'Next Steps', questions: ['What will I try first?', 'Who will I ask for help?', 'What else?'] },
        ],
      },
      mandatoryQuestions: ['Which book changed my thinking the most? On a scale of 1 to 10, how much?'],
    });
    expect(plan.stages).toEqual([
      { key: 'leadership_today', title: 'Leadership Today', topic: 'leadership today' },
      { key: 'next_steps', title: 'Next Steps', topic: 'next steps' },
    ]);
    expect(plan.agenda.map((item) => item.ref)).toEqual([
      'mandatory:0',
      'mandatory:0:2',
      'plan:leadership_today:0',
      'plan:next_steps:0',
      'plan:next_steps:1',
    ]);
    expect(plan.agenda[0]!.text).toBe('Which book changed your thinking the most?');
  });

  it('keeps settling-in questions in reserve, and the questions they replace marked as presuming the move ahead', () => {
    const plan = buildInterviewPlan({
      plan: null,
      mandatoryQuestions: [],
      settlingIn: { strengths_value: 'Which of my earlier strengths have carried over best into product management?' },
    });
    const reserve = plan.agenda.find((item) => item.whenMoved)!;
    expect(reserve).toMatchObject({
      ref: 'moved:strengths_value',
      text: 'Which of your earlier strengths have carried over best into product management?',
    });
    expect(
      plan.agenda.filter((item) => plan.stages[item.stage]!.key === 'strengths_value' && item.presumesPending).map((i) => i.text),
    ).toEqual(['What strengths do you bring to your work?']);
  });
});
