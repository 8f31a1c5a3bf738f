import { describe, expect, it } from '@jest/globals';
import { similarity } from '../util/text-compare.util.js';
import { buildResearchPlan } from './research-plan.heuristic.js';
import { readStance } from './stance.util.js';

const questionsOf = (plan: ReturnType<typeof buildResearchPlan>) => plan.stages.flatMap((s) => s.questions);

describe('research plans respect the primary question', () => {
  it('reads the stance from the question and goals', () => {
    expect(readStance('I moved into product management six months ago: how do I grow in this role?')).toBe('moved');
    expect(readStance('How do I make the most of my first year?', ['Settle into my new role as a team lead'])).toBe('moved');
    expect(readStance('What are my strengths?', ['Understand what energises me'])).toBe('unknown');
    expect(readStance('Should I move from engineering into product management?')).toBe('considering');
    expect(readStance('Now that I am a manager, what should I focus on?')).toBe('moved');
  });

  it('asks someone who already moved how it is going, never what would test the move before committing', () => {
    const plan = buildResearchPlan({
      title: 'New PM',
      primaryQuestion: 'I moved into product management six months ago: how do I grow in this role?',
      goals: [],
      mandatoryQuestions: [],
    });
    const text = questionsOf(plan).join(' ');
    expect(text).not.toMatch(/before I commit|considering|would I miss|successful transition/i);
    expect(text).toMatch(/so far/);
    expect(plan.approach).toMatch(/already made the move/);
  });

  it('asks someone weighing a move what draws them to it and how to test it', () => {
    const plan = buildResearchPlan({
      title: 'PM?',
      primaryQuestion: 'Should I move from engineering into product management?',
      goals: [],
      mandatoryQuestions: [],
    });
    expect(questionsOf(plan).join(' ')).toMatch(/before I commit/);
  });

  it('turns goals into objectives and keeps them out of the questions', () => {
    const goal = 'Be ready for a staff engineer promotion by next spring';
    const plan = buildResearchPlan({
      title: 'Growth',
      primaryQuestion: 'What skills do I need to grow?',
      goals: [goal],
      mandatoryQuestions: [],
    });
    expect(plan.objectives).toContain(goal);
    expect(questionsOf(plan).join(' ')).not.toContain(goal);
  });

  it('has no near-duplicate questions, one question each', () => {
    const plan = buildResearchPlan({
      title: 'Career',
      primaryQuestion: 'How can I assess my career satisfaction and identify the best path for professional growth?',
      goals: ['Assess current career satisfaction'],
      mandatoryQuestions: ['What are my core strengths and unique value proposition in my current field and role?'],
    });
    const questions = questionsOf(plan);
    for (const [i, a] of questions.entries()) {
      for (const b of questions.slice(i + 1)) expect(similarity(a, b)).toBeLessThan(0.5);
      if (!plan.stages.some((s) => s.questions[0] === a && a.startsWith('What are my core'))) expect(a.match(/\?/g)).toHaveLength(1);
    }
  });
});
