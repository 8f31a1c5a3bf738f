import type { Commitment, SummaryTheme } from '../../prompts/summary.schema.js';
import { listPhrases, shorten } from '../heuristic.util.js';
import { lowerFirst, toSecondPerson } from '../second-person.util.js';
import type { Statement } from '../statements/statements.util.js';
import { quote } from './claim-selection.util.js';

export interface OverviewParts {
  primaryQuestion: string;
  score: number | null;
  source: 'participant' | 'estimated' | null;
  energy: Statement[];
  strengths: Statement[];
  concerns: Statement[];
  commitments: readonly Commitment[];
  themes: readonly SummaryTheme[];
}

/**
 * The overview, written to the participant. It quotes their words rather than paraphrasing them,
 * and judges nothing on their behalf: themes are named, not rated.
 */
export function writeOverview(parts: OverviewParts): string {
  const sentences = [`You reflected on ${quote(parts.primaryQuestion.replace(/\?+$/, ''), 160)}.`];
  if (parts.source === 'participant') sentences.push(`You rated your satisfaction ${parts.score} out of 10.`);
  else if (parts.source === 'estimated') {
    sentences.push(
      `You did not give a rating; from the tone of your answers this summary estimates about ${parts.score} out of 10, which is only a guess.`,
    );
  }
  const quotes = (list: Statement[], max: number) => listPhrases(list.slice(0, max).map((s) => quote(s.text, 100)));
  if (parts.energy.length) sentences.push(`What gives you energy, in your words: ${quotes(parts.energy, 2)}.`);
  if (parts.strengths.length) sentences.push(`Strengths you named: ${quotes(parts.strengths, 2)}.`);
  if (parts.concerns.length) sentences.push(`What you would like to change or grow: ${quotes(parts.concerns, 2)}.`);
  // A step is turned to speak to them where that is safe ("ask my director" -> "ask your director"), else kept as said.
  const steps = parts.commitments.map((c) => {
    const step = shorten(c.text, 100).replace(/[.!]+$/, '');
    return lowerFirst(toSecondPerson(step) ?? step, false);
  });
  if (steps.length === 1) sentences.push(`You named a next step of your own: to ${steps[0]}.`);
  else if (steps.length > 1) sentences.push(`You named ${steps.length} next steps of your own, starting with: ${steps[0]}.`);
  if (parts.themes.length) {
    sentences.push(`The themes that came up most: ${listPhrases(parts.themes.slice(0, 3).map((t) => t.label.toLowerCase()))}.`);
  }
  return shorten(sentences.join(' '), 2000);
}
