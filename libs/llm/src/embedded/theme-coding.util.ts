import type { SummaryTheme } from '../prompts/summary.schema.js';
import type { ThemeTaxonomyEntry } from '../taxonomy/theme-taxonomy.interface.js';
import { round } from './heuristic.util.js';

/** A clause of participant speech, with its score and the turn it came from. */
export interface SourcedClause {
  text: string;
  turnId: string;
  polarity: number;
}

const MAX_THEMES = 8;

/** Lower-case words, plural forms folded ("mentors" -> "mentor", "opportunities" -> "opportunity"). */
export function themeWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []
  ).map(singular);
}

function singular(word: string): string {
  if (word.length <= 4 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * Codes clauses against the taxonomy by meaning-bearing phrases: a theme is found when a clause
 * contains its label, key or one of its keywords as whole words ("lack of mentorship" finds
 * Mentorship; "I mean" finds nothing, as a stem match on "meaning" would). A theme's sentiment is
 * the mean score of the clauses that mention it. Themes mentioned most come first, then those
 * named in the focus question, then the most strongly felt.
 */
export function codeThemes(clauses: readonly SourcedClause[], taxonomy: readonly ThemeTaxonomyEntry[], focus = ''): SummaryTheme[] {
  const clauseWords = clauses.map((clause) => themeWords(clause.text));
  const focusWords = themeWords(focus);
  const coded = taxonomy.map((entry, order) => {
    const terms = [entry.label, entry.key.replace(/[_-]+/g, ' '), ...(entry.keywords ?? [])]
      .map(themeWords)
      .filter((words) => words.length > 0);
    const hits = clauses.filter((_, i) => terms.some((term) => containsSequence(clauseWords[i]!, term)));
    const inFocus = terms.some((term) => containsSequence(focusWords, term));
    const strength = hits.length === 0 ? 0 : Math.abs(hits.reduce((sum, hit) => sum + hit.polarity, 0) / hits.length);
    return { entry, order, hits, rank: hits.length * 3 + (inFocus ? 1 : 0) + strength };
  });
  return coded
    .filter((theme) => theme.hits.length > 0)
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .slice(0, MAX_THEMES)
    .map(({ entry, hits }) => ({
      key: entry.key,
      label: entry.label,
      sentiment: round(hits.reduce((sum, hit) => sum + hit.polarity, 0) / hits.length, 2),
      turnIds: [...new Set(hits.map((hit) => hit.turnId))],
    }));
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
