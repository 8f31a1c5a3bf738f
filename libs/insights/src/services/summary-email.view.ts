import type { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';

/**
 * What the summary email shows, and nothing else: plain strings picked field by field from the
 * summary. Whatever else a summary holds (in particular what the participant said of strain or
 * distress, theirs alone) cannot reach an email, because it is never copied here.
 */
export interface SummaryEmailView {
  overview: string;
  /** "5 out of 10 (your own rating)", or null when there is no score. */
  scoreLine: string | null;
  strengths: string[];
  gaps: string[];
  themes: string[];
  opportunities: string[];
  nextSteps: string[];
  /** What the participant said they would do, in their words. */
  commitments: string[];
}

type EmailedFields = Pick<
  ReflectionSummaryEntity,
  | 'overview'
  | 'satisfactionScore'
  | 'satisfactionSource'
  | 'strengths'
  | 'gaps'
  | 'themes'
  | 'opportunities'
  | 'suggestedActions'
  | 'commitments'
>;

/** The one mapping from a stored summary to what its email shows. */
export function toSummaryEmailView(summary: EmailedFields): SummaryEmailView {
  return {
    overview: summary.overview,
    scoreLine:
      summary.satisfactionScore === null
        ? null
        : `${summary.satisfactionScore} out of 10 (${summary.satisfactionSource === 'participant' ? 'your own rating' : 'estimated from your answers'})`,
    strengths: summary.strengths.map((claim) => claim.text),
    gaps: summary.gaps.map((claim) => claim.text),
    themes: summary.themes.map((theme) => `${theme.label} (${tone(theme.sentiment)})`),
    opportunities: summary.opportunities.map((claim) => claim.text),
    nextSteps: summary.suggestedActions.map((claim) => claim.text),
    commitments: summary.commitments.map((c) => (c.when ? `${c.text.replace(/[.!]+$/, '')} (${c.when})` : c.text)),
  };
}

function tone(sentiment: number): string {
  if (sentiment <= -0.15) return 'a concern';
  if (sentiment >= 0.15) return 'going well';
  return 'mixed';
}
