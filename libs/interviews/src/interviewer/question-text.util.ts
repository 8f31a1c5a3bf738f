/** Comparison form of a question: case, punctuation and spacing never make two questions different. */
export function normalizeQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP_WORDS = new Set(
  'a an and are as at be but by can could do does for from have how i in is it its me my of on or so that the their them they this to was we what when where which who why will with would you your yours yourself am'.split(' '),
);

/** Content words, for near-duplicate detection ("How satisfied am I..." vs "How satisfied are you..."). */
export function contentWords(text: string): Set<string> {
  return new Set(
    normalizeQuestion(text)
      .split(' ')
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, '')),
  );
}

/** A question prepared for repeated comparisons. */
export interface QuestionKey {
  normal: string;
  words: Set<string>;
}

export const questionKey = (text: string): QuestionKey => ({ normal: normalizeQuestion(text), words: contentWords(text) });

function shared(a: QuestionKey, b: QuestionKey): number {
  let count = 0;
  for (const word of a.words) if (b.words.has(word)) count++;
  return count;
}

/** Jaccard overlap of content words, 0..1. */
export function similarity(a: string | QuestionKey, b: string | QuestionKey): number {
  const left = typeof a === 'string' ? questionKey(a) : a;
  const right = typeof b === 'string' ? questionKey(b) : b;
  if (left.words.size === 0 || right.words.size === 0) return left.normal === right.normal ? 1 : 0;
  const common = shared(left, right);
  return common / (left.words.size + right.words.size - common);
}

/** Share of the shorter question's content words found in the other, 0..1 (catches a question inside a longer one). */
export function overlap(a: string, b: string): number {
  const left = questionKey(a);
  const right = questionKey(b);
  if (left.words.size === 0 || right.words.size === 0) return left.normal === right.normal ? 1 : 0;
  return shared(left, right) / Math.min(left.words.size, right.words.size);
}

/** Same question, or a close paraphrase of it. */
export function isSameQuestion(a: string | QuestionKey, b: string | QuestionKey, threshold = 0.75): boolean {
  const left = typeof a === 'string' ? questionKey(a) : a;
  const right = typeof b === 'string' ? questionKey(b) : b;
  return left.normal === right.normal || similarity(left, right) >= threshold;
}

/** Coaches write questions in the participant's voice ("How satisfied am I..."); the interviewer asks in the second person. */
export function toSecondPerson(question: string): string {
  return question
    .replace(/\b(am|was) I\b/g, (_, verb: string) => (verb === 'am' ? 'are you' : 'were you'))
    .replace(/\bI am\b/g, 'you are')
    .replace(/\bI was\b/g, 'you were')
    .replace(/\bI'm\b/g, "you're")
    .replace(/\bI've\b/g, "you've")
    .replace(/\bI'd\b/g, "you'd")
    .replace(/\bI'll\b/g, "you'll")
    .replace(/\bI\b/g, 'you')
    .replace(/\bmyself\b/g, 'yourself')
    .replace(/\bMyself\b/g, 'Yourself')
    .replace(/\bmine\b/g, 'yours')
    .replace(/\bmy\b/g, 'your')
    .replace(/\bMy\b/g, 'Your')
    .replace(/\bme\b/g, 'you')
    .replace(/\bMe\b/g, 'You')
    .replace(/^you\b/, 'You');
}

const LEADING = [
  /\bdon'?t you (?:think|agree|feel)\b/i,
  /\bwouldn'?t you (?:say|agree)\b/i,
  /\bisn'?t it\b/i,
  /\baren'?t you\b/i,
  /\b(?:surely|obviously|clearly)\b/i,
  /\byou (?:must|should) (?:feel|be|agree)\b/i,
  /\bright\?\s*$/i,
];
const WH_WORD = /\b(?:what|how|why|which|where|when|who|whom|whose)\b/i;
const INVITATION = /\b(?:tell me|describe|walk me through|say more|share|explain|talk about|think of|give an example)\b/i;
const YES_NO_START = /^(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|shall|may|might|must)\b/i;

/**
 * An acceptable interviewer question: one open, non-leading question (a wh-question or an
 * invitation to describe), of a sensible length. Model-written follow-ups that fail this check
 * are replaced by the planned question.
 */
export function isOpenQuestion(question: string): boolean {
  const text = question.trim();
  if (text.length < 8 || text.length > 400 || !text.includes('?')) return false;
  if (LEADING.some((pattern) => pattern.test(text))) return false;
  if (WH_WORD.test(text) || INVITATION.test(text)) return true;
  return !YES_NO_START.test(text);
}
