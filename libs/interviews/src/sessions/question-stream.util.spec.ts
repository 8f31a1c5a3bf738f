import { describe, expect, it } from '@jest/globals';
import { type QuestionPiece, questionPieces } from './question-stream.util.js';

describe('questionPieces', () => {
  it('emits what is new since the last piece', () => {
    const pieces: QuestionPiece[] = [];
    const feed = questionPieces((p) => pieces.push(p));
    feed('What', true);
    feed('What', false);
    feed('What did you', false);
    feed('What did you learn?', false);
    expect(pieces).toEqual([
      { text: 'What', restart: false },
      { text: ' did you', restart: false },
      { text: ' learn?', restart: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('What did you learn?');
  });

  it('starts over when a new attempt writes the question again', () => {
    const pieces: QuestionPiece[] = [];
    const feed = questionPieces((p) => pieces.push(p));
    feed('Which part', true);
    // The retry's first progress carries no question yet; its question then starts afresh.
    feed('', true);
    feed('What helps', false);
    expect(pieces).toEqual([
      { text: 'Which part', restart: false },
      { text: 'What helps', restart: true },
    ]);
  });

  it('starts over when the text no longer continues what was shown', () => {
    const pieces: QuestionPiece[] = [];
    const feed = questionPieces((p) => pieces.push(p));
    feed('Which part', false);
    feed('What helps', false);
    expect(pieces.at(-1)).toEqual({ text: 'What helps', restart: true });
  });
});
