import type { SummaryTurn } from '../prompts/summary.schema.js';

const NUMBER = String.raw`(\d{1,2}(?:\.\d)?)`;
const NOT_A_RATING = String.raw`(?!\s*(?:%|percent|-|years?|months?|weeks?|days?|hours?|people|persons?|times|minutes|am\b|pm\b))`;

// "5 out of 10", "5/10"
const OUT_OF_TEN = new RegExp(String.raw`\b${NUMBER}\s*(?:\/|out of)\s*10\b`, 'i');
// "rate it 6", "I'd give it a 7", "I'd say about 6", "put it at 4"
const RATING_PHRASE = new RegExp(
  String.raw`\b(?:rate|rating|score|give|giving|say|put|call)\b(?:\s+(?:it|that|myself|me|this|things|about|around|maybe|probably|at|a|an|solid|honestly|like)){0,4}\s+${NUMBER}\b${NOT_A_RATING}`,
  'i',
);
// "a 7" on its own only counts as a rating when a scale is being talked about.
const BARE_ARTICLE = new RegExp(String.raw`\b(?:a|an)\s+${NUMBER}\b${NOT_A_RATING}`, 'i');
const SCALE_CONTEXT = /scale|\brate\b|rating|out of|1 to 10|1-10|one to ten|satisf/i;

/**
 * The participant's own 0-10 satisfaction rating, if they gave one: the first explicit rating in
 * their turns. A bare "a 7" counts only as an answer to a scale question.
 */
export function findSelfRating(turns: readonly SummaryTurn[]): number | undefined {
  let scaleAsked = false;
  for (const turn of turns) {
    if (turn.role === 'INTERVIEWER') {
      scaleAsked = SCALE_CONTEXT.test(turn.content);
      continue;
    }
    const patterns = scaleAsked || SCALE_CONTEXT.test(turn.content) ? [OUT_OF_TEN, RATING_PHRASE, BARE_ARTICLE] : [OUT_OF_TEN, RATING_PHRASE];
    for (const pattern of patterns) {
      const value = Number(pattern.exec(turn.content)?.[1]);
      if (Number.isFinite(value) && value >= 0 && value <= 10) return value;
    }
  }
  return undefined;
}
