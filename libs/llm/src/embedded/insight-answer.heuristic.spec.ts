import { describe, expect, it } from '@jest/globals';
import { findCitationProblems } from '../prompts/insight-answer.prompt.js';
import type { InsightAnswerInput, InsightPassage } from '../prompts/insight-answer.schema.js';
import { buildInsightAnswer } from './insight-answer.heuristic.js';

const passage = (turnId: string, content: string, extra: Partial<InsightPassage> = {}): InsightPassage => ({
  sessionId: 's1',
  turnId,
  content,
  ...extra,
});

/** An engineer's answers: three commitments in different wording, and turns that share the question's words but are not plans. */
const ENGINEER: InsightPassage[] = [
  passage('past', 'I was passed over in the last promotion cycle and it still stings.', {
    question: 'How do you feel about your progress?',
  }),
  passage('mentor', 'Honestly the first thing is that I will ask my director for a mentor.', {
    question: 'What will you do next?',
    stage: 'actions_priorities',
  }),
  passage('strength', 'Colleagues come to me for architecture reviews because I explain things calmly.', {
    question: 'What are your strengths?',
    stage: 'strengths_value',
  }),
  passage('pipeline', 'I plan to propose owning the release pipeline, since nobody does today.', {
    question: 'What will you do next?',
    stage: 'actions_priorities',
  }),
  passage('board', 'Next quarter I want to join the architecture review board.', { question: 'Anything else?', stage: 'goals_planning' }),
  passage('worry', 'I worry that I am invisible to senior leadership.', { question: 'What concerns you?' }),
];

const ask = (question: string, passages: InsightPassage[]) => {
  const input: InsightAnswerInput = { question, passages };
  const answer = buildInsightAnswer(input);
  // Whatever the question, the answer holds to its own contract: exact excerpts, every claim marked.
  expect(findCitationProblems(answer, input)).toEqual([]);
  return answer;
};

describe('buildInsightAnswer', () => {
  it('gathers what the owner said they would do, speaking to them, each claim cited', () => {
    const { answer, citations } = ask('What did I say I would do before the next promotion cycle?', ENGINEER);
    expect(citations.map((c) => c.turnId)).toEqual(['mentor', 'pipeline', 'board']);
    expect(citations.map((c) => c.excerpt)).toEqual([
      'the first thing is that I will ask my director for a mentor',
      'I plan to propose owning the release pipeline, since nobody does today',
      'Next quarter I want to join the architecture review board',
    ]);
    expect(answer).toMatch(/^You named three things you intend to do: /);
    expect(answer).toContain('the first thing is that you will ask your director for a mentor [1]');
    expect(answer).toContain('you plan to propose owning the release pipeline, since nobody does today [2]');
    expect(answer).toContain('next quarter you want to join the architecture review board [3]');
    expect(answer).not.toMatch(/\b(?:participant|one participant|another)\b/i);
    expect(answer).not.toMatch(/\b(?:I|my|me)\b/);
  });

  it('answers worries and strengths from the statements of those kinds, not from shared words', () => {
    const worries = ask('What worries me?', ENGINEER);
    expect(worries.citations.map((c) => c.turnId)).toEqual(['worry']);
    expect(worries.answer).toBe('You raised one worry: you worry that you are invisible to senior leadership [1].');
    const strengths = ask('What am I good at?', ENGINEER);
    expect(strengths.citations.map((c) => c.turnId)).toEqual(['strength']);
    expect(strengths.answer).toContain('colleagues come to you for architecture reviews because you explain things calmly [1]');
  });

  it('synthesises across sessions and says each claim once', () => {
    const passages = [
      passage('a1', 'I will ask my director for a mentor.', { sessionId: 's2' }),
      passage('b1', 'I will ask my director for a mentor.', { sessionId: 's1' }),
      passage('b2', 'I am going to hand over the deployment tool to the platform team by January.', { sessionId: 's1' }),
    ];
    const { answer, citations } = ask('What have I committed to?', passages);
    expect(citations.map((c) => `${c.sessionId}/${c.turnId}`)).toEqual(['s2/a1', 's1/b2']);
    expect(answer).toBe(
      'You named two things you intend to do: you will ask your director for a mentor [1]; and you are going to hand over the deployment tool to the platform team by January [2].',
    );
  });

  it('never quotes a word out of its sense: "no idea" is not an idea', () => {
    const passages = [
      passage('none', 'Honestly I have no idea what my next role should be.'),
      passage('idea', 'One idea I keep coming back to is running a brown-bag series on observability.'),
    ];
    const { answer, citations } = ask('What ideas did I have for my next role?', passages);
    expect(citations.map((c) => c.turnId)).toEqual(['idea']);
    expect(answer).toContain('"One idea I keep coming back to is running a brown-bag series on observability" [1]');
    expect(answer).not.toContain('no idea');

    // Only "no idea" to go on: the answer says nothing matched rather than quoting it as an idea.
    const nothing = ask('What ideas did I have for my next role?', [passages[0]!]);
    expect(nothing.citations).toEqual([]);
    expect(nothing.answer).toMatch(/^Nothing you said in these reflections speaks to this question directly\./);
  });

  it('says so when nothing reads as what was asked, and offers the closest thing said on its terms', () => {
    const passages = [passage('past', 'I was passed over in the last promotion cycle and it still stings.')];
    const { answer, citations } = ask('What did I say I would do before the next promotion cycle?', passages);
    expect(answer).toMatch(
      /^Nothing you said in these reflections reads as anything you intend to do\. The closest thing you said is that you were passed over/,
    );
    expect(citations.map((c) => c.turnId)).toEqual(['past']);
  });

  it('acknowledges what was said in a distress exchange apart, with care, and cites it', () => {
    const passages = [
      passage('plain', 'I am frustrated by the lack of feedback on my work.'),
      passage('hard', 'I am exhausted, I sleep four hours a night and the workload is unmanageable.', { sensitive: true }),
    ];
    const { answer, citations } = ask('What worries me?', passages);
    expect(answer).toContain('You raised one worry: you are frustrated by the lack of feedback on your work [1].');
    expect(answer).toContain(
      'You also described how hard things have been: you are exhausted, you sleep four hours a night and the workload is unmanageable [2].',
    );
    expect(answer).toContain('support your organisation offers');
    expect(citations.map((c) => c.turnId)).toEqual(['plain', 'hard']);
  });

  it('quotes a clause it cannot safely turn to "you"', () => {
    const passages = [passage('q', 'My lead said "you should run the retro", so I will run the next retro.')];
    const { answer } = ask('What will I do?', passages);
    expect(answer).toContain('you said "');
  });
});
