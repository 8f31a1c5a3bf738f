const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for text PostgreSQL cannot store as sent: a NUL character or a lone surrogate. */
export const isStorableText = (text: string): boolean => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

/**
 * The path of the first string (value or key) in `value` that cannot be stored, e.g.
 * `input.goals.2`; null when every string is fine. Walks plain JSON (request variables).
 */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnstorableText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // A key is reported by position only: it may be the very text that cannot be shown.
      if (!isStorableText(key)) return `${path}.<key>`;
      const found = findUnstorableText(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
