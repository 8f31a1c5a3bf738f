import { describe, expect, it } from '@jest/globals';
import type { SummaryTurn } from '../prompts/summary.schema.js';
import { findRating, findSelfRating } from './satisfaction-rating.util.js';

const participant = (content: string, id = 'p'): SummaryTurn => ({ id, role: 'PARTICIPANT', content });
const interviewer = (content: string): SummaryTurn => ({ id: 'i', role: 'INTERVIEWER', content });
const RATING_QUESTION = 'On a scale from 0 to 10, how satisfied are you with your work at the moment?';

describe('findRating', () => {
  it.each([
    ['5', 5],
    ['6/10', 6],
    ['a six', 6],
    ['about 7 out of 10', 7],
    ['7.5', 7.5],
    ['6 from 10', 6],
    ['Seven, I guess.', 7],
    ["I'd say a 5 out of 10 right now.", 5],
    ['Probably a 4.', 4],
  ])('reads %j given in answer to a rating question as %d', (answer, expected) => {
    expect(findRating(answer, true)).toBe(expected);
  });

  it.each([
    ["I'd rate my satisfaction 5 out of 10.", 5],
    ['Honestly 6/10 at the moment', 6],
  ])('reads an explicit rating anywhere: %j', (answer, expected) => {
    expect(findRating(answer, false)).toBe(expected);
  });

  it.each([
    ['I have 12 years of experience and lead 3 people', true],
    ['I would say 3 things matter', true],
    ['We are a 7 person team.', false],
    ['5', false],
    ['It is 15 out of 10 amazing', true],
    ['I started in 2019 and I am 35 years old', true],
  ])('finds no rating in %j', (answer, scaleAsked) => {
    expect(findRating(answer, scaleAsked)).toBeNull();
  });
});

describe('findSelfRating', () => {
  it('keeps a bare "5" typed in reply to the rating question, with the turn that gave it', () => {
    expect(findSelfRating([interviewer(RATING_QUESTION), participant('5', 'p5')])).toEqual({ value: 5, turnId: 'p5' });
  });

  it('ignores a bare number answering anything else', () => {
    expect(findSelfRating([interviewer('How big is your team?'), participant('7')])).toBeNull();
  });

  it("takes the participant's first rating", () => {
    expect(findSelfRating([participant("I'd give it a 7.5", 'a'), interviewer(RATING_QUESTION), participant('6', 'b')])).toEqual({
      value: 7.5,
      turnId: 'a',
    });
  });
});
