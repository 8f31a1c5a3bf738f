import { InputException } from '#common';

/** Longest answer accepted, in characters (code points). */
export const MAX_ANSWER_CHARS = 8000;
const MAX_IDEMPOTENCY_KEY = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses what cannot be stored exactly as typed: empty, too long, a NUL character (PostgreSQL
 * text cannot hold it) or broken UTF-16. The answer itself is never altered or echoed.
 */
export function assertValidAnswer(content: string, field = 'content'): void {
  const problems: string[] = [];
  // Cheap bound first: a string has at least half as many code points as UTF-16 units.
  if (content.length > MAX_ANSWER_CHARS * 2 || [...content].length > MAX_ANSWER_CHARS)
    problems.push(`must be at most ${MAX_ANSWER_CHARS} characters`);
  else if (content.trim().length === 0) problems.push('must not be empty');
  else if (content.includes('\u0000') || LONE_SURROGATE.test(content)) problems.push('contains characters that cannot be stored');
  if (problems.length) throw new InputException(`${field} ${problems.join(', ')}`, [{ field, problems }]);
}

export function assertValidIdempotencyKey(key: string): void {
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY || !/^[\x21-\x7e]+$/.test(key)) {
    throw new InputException('idempotencyKey must be 1 to 200 printable ASCII characters', [
      { field: 'idempotencyKey', problems: [`must be 1 to ${MAX_IDEMPOTENCY_KEY} printable ASCII characters`] },
    ]);
  }
}
