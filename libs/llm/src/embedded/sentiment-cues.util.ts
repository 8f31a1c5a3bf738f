import { clamp, round } from './heuristic.util.js';
import type { TextAnalysis } from './text-analysis.util.js';

// Lexicon sentiment misses career talk ("lack of mentorship" scores neutral), so explicit cues
// for strengths and gaps shift the score.
const STRENGTH_CUES = [
  'good at',
  'great at',
  'strong',
  'strength',
  'enjoy',
  'love',
  'natural',
  'proud',
  'excel',
  'confident',
  'passionate',
  'skilled',
  'energis',
  'energiz',
  'thrive',
  'rewarding',
  'known for',
  'come to me',
  'valued',
  'fulfil',
  'satisfying',
  'motivat',
  'happy with',
  'like working',
  'best part',
];
const GAP_CUES = [
  'lack',
  'frustrat',
  'missing',
  'need to learn',
  'need to improve',
  'need to get better',
  'need more',
  'struggl',
  'stuck',
  'not enough',
  'no clear',
  'no mentor',
  'no real',
  'no one',
  'nobody',
  'no support',
  'no feedback',
  'no time',
  'no growth',
  'no opportunit',
  "don't have",
  'do not have',
  'unclear',
  'worried',
  'worry',
  'concern',
  'exhaust',
  'burn',
  'underpaid',
  'overwhelm',
  'weak',
  'difficult',
  'hard to',
  'uncertain',
  'limited',
  'bored',
  'drain',
  'stress',
  'anxious',
  'unfair',
  'undervalued',
  'overlooked',
  'wish i',
  'not sure',
  'too much',
  'rarely',
  'never',
  'evenings',
  'weekends',
  'overtime',
  'long hours',
  'no longer',
  'tired',
];

const CLAUSE_BREAK = /\s*(?:[,;]\s*but\b|\bbut\b|;|\bhowever\b,?|\balthough\b|\bthough\b|\bwhereas\b|\bwhile\b)\s*/i;

export interface ClauseReading {
  text: string;
  /** -1..1 combining lexicon sentiment with strength/gap cues. */
  polarity: number;
  strengthCue: boolean;
  gapCue: boolean;
  negated: boolean;
}

export function hasCue(text: string, cues: readonly string[]): boolean {
  const lower = ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'")}`;
  return cues.some((cue) => lower.includes(` ${cue}`) || lower.includes(`-${cue}`));
}

/** Splits a sentence at contrast words, so "I enjoy X but I lack Y" yields one strength and one gap. */
export function splitClauses(sentence: string): string[] {
  return sentence
    .split(CLAUSE_BREAK)
    .map((clause) =>
      clause
        .trim()
        .replace(/^[,;:\s-]+|[,;:\s-]+$/g, '')
        .replace(/^(?:and|so|also|then)\s+/i, ''),
    )
    .filter((clause) => clause.split(/\s+/).length >= 3);
}

export function readClause(text: string, analysis: TextAnalysis): ClauseReading {
  const strengthCue = hasCue(text, STRENGTH_CUES);
  const gapCue = hasCue(text, GAP_CUES);
  const negated = analysis.hasNegation(text);
  const positive = strengthCue && !negated;
  let polarity = analysis.sentiment(text);
  // A negated strength cue ("I don't enjoy") is not a strength; wink already flips its lexicon score.
  if (positive) polarity += 0.4;
  if (gapCue) polarity -= 0.6;
  // An unopposed cue decides the sign even when the lexicon disagrees ("I work most evenings").
  if (gapCue && !positive) polarity = Math.min(polarity, -0.3);
  if (positive && !gapCue) polarity = Math.max(polarity, 0.3);
  return { text, polarity: round(clamp(polarity, -1, 1), 2), strengthCue: positive, gapCue, negated };
}

export function isStrength(reading: ClauseReading): boolean {
  return !reading.gapCue && (reading.strengthCue || (reading.polarity >= 0.4 && !reading.negated));
}

export function isGap(reading: ClauseReading): boolean {
  return reading.gapCue || reading.polarity <= -0.25;
}
