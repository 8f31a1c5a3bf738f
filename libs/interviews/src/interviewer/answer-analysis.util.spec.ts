import { describe, expect, it } from '@jest/globals';
import { isSameQuestion } from '#llm';
import { analyzeAnswer, findRating } from './answer-analysis.util.js';
import { detectDistress } from './distress-detector.util.js';
import { isOpenQuestion, toSecondPerson } from './question-text.util.js';

describe('answer analysis', () => {
  it.each([
    ["I'd rate my satisfaction 5 out of 10.", false, 5],
    ['Honestly 6/10 at the moment', false, 6],
    ["I'd give it a 7, maybe", false, 7],
    ['Probably a 4.', true, 4],
    ['I have 12 years of experience and lead 3 people', false, null],
    ['I would say 3 things matter', false, null],
  ])('finds the rating in %p', (answer, scaleAsked, rating) => {
    expect(findRating(answer, scaleAsked)).toBe(rating);
  });

  it('sees vague, example-rich and strongly felt answers', () => {
    expect(analyzeAnswer('Not sure.', { sentiment: 0, scaleAsked: false }).vague).toBe(true);
    expect(analyzeAnswer("It's fine I guess, nothing special", { sentiment: 0, scaleAsked: false }).vague).toBe(true);
    expect(analyzeAnswer('7', { sentiment: 0, scaleAsked: true })).toMatchObject({ vague: false, rating: 7 });
    const felt = analyzeAnswer('I love the technical work but I am frustrated by the lack of mentorship here.', {
      sentiment: 0.1,
      scaleAsked: false,
    });
    expect(felt).toMatchObject({ vague: false, strongSentiment: true, tone: 'mixed' });
    expect(analyzeAnswer('Last month I led the redesign of our deployment pipeline.', { sentiment: 0, scaleAsked: false }).hasExample).toBe(
      true,
    );
  });
});

describe('detectDistress', () => {
  it('flags self-harm language as a crisis whatever the sentiment', () => {
    expect(detectDistress('Some days I think about ending my life.', 0.2)).toBe('crisis');
    expect(detectDistress("I don't want to live like this", 0)).toBe('crisis');
  });

  it('flags hopelessness and burnout crisis in a negative answer, not career talk', () => {
    expect(detectDistress('I am completely burnt out and I cannot cope any more.', -0.3)).toBe('distress');
    expect(detectDistress('I feel hopeless about everything lately.', -0.4)).toBe('distress');
    expect(detectDistress('I am hopeless at public speaking but improving.', -0.1)).toBeNull();
    expect(detectDistress('I want to grow into a staff engineer role within two years.', 0.3)).toBeNull();
  });
});

describe('question text', () => {
  it('turns a first-person question into an interviewer question', () => {
    expect(toSecondPerson('What trade-offs am I willing to make, and what are my non-negotiables?')).toBe(
      'What trade-offs are you willing to make, and what are your non-negotiables?',
    );
    expect(toSecondPerson('I want to know what drains me.')).toBe('You want to know what drains you.');
  });

  it('accepts open, neutral questions only', () => {
    expect(isOpenQuestion('What makes that frustrating for you?')).toBe(true);
    expect(isOpenQuestion('Could you walk me through one concrete example?')).toBe(true);
    expect(isOpenQuestion('Do you like your manager?')).toBe(false);
    expect(isOpenQuestion("Don't you think you should ask for a promotion?")).toBe(false);
    expect(isOpenQuestion('Tell me more')).toBe(false);
  });

  it('treats case, punctuation and close paraphrases as the same question', () => {
    expect(isSameQuestion('What are your strengths?', 'what are YOUR strengths')).toBe(true);
    expect(isSameQuestion('What are your core strengths?', 'Which deadlines worry you most?')).toBe(false);
  });
});
