/** Comparison form of a sentence: case, punctuation and spacing do not make two questions different. */
export function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could do does for from have how i in is it its me my of on or so that the their them they this to was we what when where which who why will with would you your yours yourself am ' +
    'been being has had having get got like just also very really much many more most some any than then there here into about over after before each other such only own same too far well even still way were did done'
  ).split(' '),
);

/** Content words, roughly stemmed, for near-duplicate detection ("How satisfied am I..." vs "How satisfied are you..."). */
export function contentWords(text: string): Set<string> {
  return new Set(
    normalizeForCompare(text)
      .split(' ')
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, '')),
  );
}

/** A sentence prepared for repeated comparisons. */
export interface TextKey {
  normal: string;
  words: Set<string>;
}

export const textKey = (text: string): TextKey => ({ normal: normalizeForCompare(text), words: contentWords(text) });

const keyOf = (value: string | TextKey): TextKey => (typeof value === 'string' ? textKey(value) : value);

function shared(a: TextKey, b: TextKey): number {
  let count = 0;
  for (const word of a.words) if (b.words.has(word)) count++;
  return count;
}

/** Jaccard overlap of content words, 0..1. */
export function similarity(a: string | TextKey, b: string | TextKey): number {
  const left = keyOf(a);
  const right = keyOf(b);
  if (left.words.size === 0 || right.words.size === 0) return left.normal === right.normal ? 1 : 0;
  const common = shared(left, right);
  return common / (left.words.size + right.words.size - common);
}

/** Share of the shorter text's content words found in the other, 0..1 (catches a question inside a longer one). */
export function overlap(a: string | TextKey, b: string | TextKey): number {
  const left = keyOf(a);
  const right = keyOf(b);
  if (left.words.size === 0 || right.words.size === 0) return left.normal === right.normal ? 1 : 0;
  return shared(left, right) / Math.min(left.words.size, right.words.size);
}

/** Two questions at least this similar are the same question in other words. */
export const NEAR_DUPLICATE = 0.8;

/** Same question, or a close paraphrase of it. */
export function isSameQuestion(a: string | TextKey, b: string | TextKey, threshold = NEAR_DUPLICATE): boolean {
  const left = keyOf(a);
  const right = keyOf(b);
  return left.normal === right.normal || similarity(left, right) >= threshold;
}
