import { describe, expect, it } from '@jest/globals';
import { readQuestionIntent } from './question-intent.util.js';
import { synonymsOf } from './question-synonyms.util.js';

describe('readQuestionIntent', () => {
  it.each([
    ['What did I say I would do before the next promotion cycle?', ['intentions']],
    ['What have I committed to?', ['intentions']],
    ['What are my next steps?', ['intentions']],
    ['What worries me most about my job?', ['worries']],
    ['What skill development and experience gaps are preventing me from achieving my career objectives?', ['gaps']],
    ['What am I good at?', ['strengths']],
    ['What gives me energy, and what drains it?', ['energy', 'drains']],
    ['What drains my energy?', ['drains']],
    ['What would help me grow?', ['needs']],
    ['What did I say about my manager?', []],
    ['What themes emerge in my career satisfaction?', []],
  ])('%s', (question, asks) => {
    expect(readQuestionIntent(question).asks).toEqual(asks);
  });
});

describe('synonymsOf', () => {
  it('adds other words for the senses a question names, and nothing for other questions', () => {
    expect(synonymsOf('What did I say about my boss?')).toEqual(expect.arrayContaining(['manager', 'director']));
    expect(synonymsOf('Am I burning out?')).toEqual([]);
    expect(synonymsOf('Is burnout a risk for me?')).toEqual(expect.arrayContaining(['exhausted', 'workload']));
  });
});
