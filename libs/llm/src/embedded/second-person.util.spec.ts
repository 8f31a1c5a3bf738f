import { describe, expect, it } from '@jest/globals';
import { lowerFirst, toSecondPerson } from './second-person.util.js';

describe('toSecondPerson', () => {
  it.each([
    ['I will ask my director for a mentor', 'you will ask your director for a mentor'],
    ["I'm frustrated by the lack of feedback", 'you are frustrated by the lack of feedback'],
    ['I was passed over and it still bothers me', 'you were passed over and it still bothers you'],
    ["I've never led a team myself", "you've never led a team yourself"],
    ['Next quarter I want to join the review board', 'Next quarter you want to join the review board'],
    ['My manager rarely gives me feedback on our roadmap', 'Your manager rarely gives you feedback on your roadmap'],
    ['The decision was mine', 'The decision was yours'],
  ])('%s', (said, turned) => {
    expect(toSecondPerson(said)).toBe(turned);
  });

  it('declines when the clause already says "you", quotes someone, or speaks for a group', () => {
    expect(toSecondPerson('You never know with reorgs')).toBeNull();
    expect(toSecondPerson('She said "I trust you"')).toBeNull();
    expect(toSecondPerson('We will ship the migration in May')).toBeNull();
  });
});

describe('lowerFirst', () => {
  it('lowers a common word and keeps a name or an acronym', () => {
    expect(lowerFirst('Colleagues come to you', false)).toBe('colleagues come to you');
    expect(lowerFirst('Sarah offered to help', true)).toBe('Sarah offered to help');
    expect(lowerFirst('AWS certification first', false)).toBe('AWS certification first');
  });
});
