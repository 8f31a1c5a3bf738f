import type { InsightPassage } from '#llm';

const THEME_QUESTION = /\b(themes?|patterns?|recurr\w*|emerg\w*|common threads?)\b/i;

/** "What themes emerge...", "Which patterns...": questions answered from the coded themes first. */
export const isThemeQuestion = (question: string): boolean => THEME_QUESTION.test(question);

/**
 * The question as the model sees it: for a theme question, the labels of the participant's own
 * coded themes are added as context, so that a model matching words (the embedded one) and a
 * model reading meaning both connect "themes" to what the participant actually talked about.
 */
export function withThemeContext(question: string, labels: string[]): string {
  return labels.length ? `${question}\n(Themes coded in these reflections: ${labels.join(', ')}.)` : question;
}

/** First list first, each turn once, at most `limit`. */
export function mergePassages(first: InsightPassage[], second: InsightPassage[], limit: number): InsightPassage[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((p) => !seen.has(p.turnId) && seen.add(p.turnId)).slice(0, limit);
}
