const WORD_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const NUMBER = String.raw`(\d{1,2}(?:[.,]\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;
const NOT_A_RATING = String.raw`(?!\s*(?:%|percent|-\s*\d|years?|months?|weeks?|days?|hours?|people|persons?|times|minutes|engineers|things|reasons|projects|teams|am\b|pm\b|o'?clock))`;

// "5 out of 10", "5/10", "6 from 10", "seven out of ten"
const OUT_OF_TEN = new RegExp(String.raw`\b${NUMBER}\s*(?:\/|out of|from|of)\s*(?:10|ten)\b`, 'i');
const phrase = (verbs: string) =>
  new RegExp(
    String.raw`\b(?:${verbs})\b(?:\s+(?:it|that|myself|me|this|things|about|around|roughly|maybe|probably|at|a|an|solid|honestly|like|only|just)){0,4}\s+${NUMBER}\b${NOT_A_RATING}`,
    'i',
  );
// "rate it 6", "I'd give it a 7": a rating wherever it is said.
const RATING_PHRASE = phrase('rate|rating|score|give|giving');
// "I'd say about 6", "put it at 4", "it's a solid six": a rating when a scale is being talked about.
const SCALE_PHRASE = phrase("say|put|call|it'?s|i'?m|am|at");
// The whole answer is a number, perhaps with a word or two: "5", "a six", "about 7.5", "6, I guess".
const BARE = new RegExp(
  String.raw`^\W*(?:(?:about|around|roughly|maybe|probably|a|an|solid|honestly|i'?d say|say)\s+){0,3}${NUMBER}\b${NOT_A_RATING}[^\p{L}\d]*(?:\p{L}+[^\p{L}\d]*){0,3}$`,
  'iu',
);
const SCALE_CONTEXT = /scale|\brate\b|rating|out of (?:10|ten)|1 to 10|0 to 10|1-10|0-10|one to ten/i;

/** Whether a question asks for a rating on a scale. */
export const asksForRating = (question: string): boolean => SCALE_CONTEXT.test(question);

/**
 * A participant's own 0-10 rating in an answer: "5", "6/10", "a six", "about 7 out of 10", "7.5".
 * A bare number counts only as the answer to a rating question (`scaleAsked`), or when the answer
 * itself talks about a scale.
 */
export function findRating(answer: string, scaleAsked: boolean): number | null {
  const inContext = scaleAsked || SCALE_CONTEXT.test(answer);
  const patterns = inContext ? [OUT_OF_TEN, RATING_PHRASE, SCALE_PHRASE, BARE] : [OUT_OF_TEN, RATING_PHRASE];
  for (const pattern of patterns) {
    const raw = pattern.exec(answer)?.[1];
    if (raw === undefined) continue;
    const value = WORD_NUMBERS[raw.toLowerCase()] ?? Number(raw.replace(',', '.'));
    if (Number.isFinite(value) && value >= 0 && value <= 10) return value;
  }
  return null;
}

/** The participant's own rating of a conversation, with the turn that gave it: the first one given. */
export function findSelfRating(
  turns: ReadonlyArray<{ id: string; role: string; content: string }>,
): { value: number; turnId: string } | null {
  let scaleAsked = false;
  for (const turn of turns) {
    if (turn.role === 'INTERVIEWER') {
      scaleAsked = asksForRating(turn.content);
      continue;
    }
    const value = findRating(turn.content, scaleAsked);
    if (value !== null) return { value, turnId: turn.id };
  }
  return null;
}
