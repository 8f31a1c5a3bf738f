import { describe, expect, it } from '@jest/globals';
import { buildInterviewPlan } from './interview-plan.util.js';

const SEED_MANDATORY = [
  "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
  'What are my core strengths and unique value proposition in my current field and role?',
  'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
];

describe('buildInterviewPlan', () => {
  it('uses the six seed stages and places each mandatory question once, in the stage it fits, in the second person', () => {
    const plan = buildInterviewPlan({ plan: null, mandatoryQuestions: SEED_MANDATORY });
    expect(plan.stages.map((s) => s.key)).toEqual(['current_situation', 'strengths_value', 'gaps_growth', 'market_trends', 'goals_planning', 'actions_priorities']);
    const mandatory = plan.agenda.filter((item) => item.mandatory);
    expect(mandatory.map((item) => [item.ref, plan.stages[item.stage]!.key])).toEqual([
      ['mandatory:0', 'current_situation'],
      ['mandatory:1', 'strengths_value'],
      ['mandatory:2', 'goals_planning'],
    ]);
    expect(mandatory[0]!.text).toBe("How satisfied are you with your current role, responsibilities, and career trajectory? What's working well and what's not?");
    expect(mandatory[2]!.text).toContain('do you have for the next 2-5 years');
  });

  it('leaves out plan questions that restate a mandatory one and keeps every stage asked', () => {
    const plan = buildInterviewPlan({ plan: null, mandatoryQuestions: SEED_MANDATORY });
    const goals = plan.agenda.filter((item) => plan.stages[item.stage]!.key === 'goals_planning');
    expect(goals.map((g) => g.ref)).toEqual(['mandatory:2', 'plan:goals_planning:1']);
    for (let stage = 0; stage < plan.stages.length; stage++) expect(plan.agenda.some((item) => item.stage === stage)).toBe(true);
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
      mandatoryQuestions: ['Which book changed my thinking the most?'],
    });
    expect(plan.stages).toEqual([
      { key: 'leadership_today', title: 'Leadership Today' },
      { key: 'next_steps', title: 'Next Steps' },
    ]);
    expect(plan.agenda.map((item) => item.ref)).toEqual(['mandatory:0', 'plan:leadership_today:0', 'plan:next_steps:0', 'plan:next_steps:1']);
    expect(plan.agenda[0]!.text).toBe('Which book changed your thinking the most?');
  });
});
