import { describe, expect, it } from '@jest/globals';
import type { SummaryTurn } from '../prompts/summary.schema.js';
import { findSelfRating } from './satisfaction-rating.util.js';

const participant = (content: string, id = 'p'): SummaryTurn => ({ id, role: 'PARTICIPANT', content });
const interviewer = (content: string): SummaryTurn => ({ id: 'i', role: 'INTERVIEWER', content });

describe('findSelfRating', () => {
  it.each([
    ["I'd say 5 out of 10.", 5],
    ['Honestly 7/10 on a good day.', 7],
    ['I would rate it 6, maybe.', 6],
    ["I'd give it a 7.5", 7.5],
  ])('reads %j as %d', (text, expected) => {
    expect(findSelfRating([participant(text)])).toBe(expected);
  });

  it('accepts a bare "a 7" only as an answer to a scale question', () => {
    expect(findSelfRating([interviewer('On a scale of 1 to 10, how satisfied are you?'), participant('Probably a 7.')])).toBe(7);
    expect(findSelfRating([interviewer('How big is your team?'), participant('We are a 7 person team.')])).toBeUndefined();
  });

  it('ignores numbers that are not ratings', () => {
    expect(findSelfRating([participant("I've been here for 3 years and I'd say 2 years more.")])).toBeUndefined();
    expect(findSelfRating([participant('It is 15 out of 10 amazing')])).toBeUndefined();
  });
});
