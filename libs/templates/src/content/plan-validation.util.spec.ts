import { describe, expect, it } from '@jest/globals';
import { InputException } from '#common';
import { validateEditedPlan } from './plan-validation.util.js';

const template = { title: 'T', primaryQuestion: 'Q?', goals: [], mandatoryQuestions: ['What drains my energy at work?'] };
const stage = (key: string, questions = ['What is going well?']) => ({ key, title: key, questions });
const plan = {
  researchType: 'Career Assessment',
  framework: 'Six-stage reflection',
  objectives: ['One', 'Two', 'Three'],
  coreQuestions: ['A?', 'B?', 'C?'],
  stages: [stage('now', ['What drains my energy at work?']), stage('strengths'), stage('gaps'), stage('actions')],
  approach: 'Stage by stage.',
};

describe('validateEditedPlan', () => {
  it('accepts a plan that meets the model-output rules, trimmed', () => {
    expect(validateEditedPlan({ ...plan, approach: ' Stage by stage. ' }, template)).toEqual(plan);
  });

  it.each([
    ['two objectives', { objectives: ['One', 'Two'] }],
    ['three stages', { stages: plan.stages.slice(0, 3) }],
    ['a bad stage key', { stages: [...plan.stages.slice(0, 3), stage('Not A Key')] }],
    ['a missing mandatory question', { stages: [stage('now'), stage('strengths'), stage('gaps'), stage('actions')] }],
    ['duplicate stage keys', { stages: [...plan.stages.slice(0, 3), stage('now')] }],
  ])('refuses %s with BAD_USER_INPUT', (_label, patch) => {
    expect(() => validateEditedPlan({ ...plan, ...patch }, template)).toThrow(InputException);
  });
});
