import type { SummaryTheme } from '../prompts/summary.schema.js';
import type { ThemeTaxonomyEntry } from '../taxonomy/theme-taxonomy.interface.js';
import { round } from './heuristic.util.js';
import type { TextAnalysis } from './text-analysis.util.js';

/** A clause of participant speech, with its score and the turn it came from. */
export interface SourcedClause {
  text: string;
  turnId: string;
  polarity: number;
}

const MAX_THEMES = 8;

/**
 * Codes clauses against the taxonomy by stem-sequence matching of the label, the key and the
 * keywords ("leadership opportunities" matches "leadership"). A theme's sentiment is the mean
 * score of the clauses that mention it. Themes mentioned most come first, then themes named in
 * the focus question, then the most strongly felt.
 */
export function codeThemes(clauses: readonly SourcedClause[], taxonomy: readonly ThemeTaxonomyEntry[], analysis: TextAnalysis, focus = ''): SummaryTheme[] {
  const stemSequence = (text: string) => analysis.stemSequence(text);
  const clauseStems = clauses.map((clause) => stemSequence(clause.text));
  const focusStems = stemSequence(focus);
  const coded = taxonomy.map((entry, order) => {
    const terms = [entry.label, entry.key.replace(/[_-]+/g, ' '), ...(entry.keywords ?? [])]
      .map(stemSequence)
      .filter((stems) => stems.length > 0);
    const hits = clauses.filter((_, i) => terms.some((term) => containsSequence(clauseStems[i]!, term)));
    const inFocus = terms.some((term) => containsSequence(focusStems, term));
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
