/** Comparison form of a sentence: case, punctuation and spacing do not make two questions different. */
export function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
