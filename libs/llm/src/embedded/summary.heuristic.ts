import type { SessionSummary, SourcedClaim, SummaryInput, SummaryTheme } from '../prompts/summary.schema.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import { capitalise, clamp, dedupeSentences, listPhrases, shorten } from './heuristic.util.js';
import { findSelfRating } from './satisfaction-rating.util.js';
import { isGap, isStrength, readClause, splitClauses, type ClauseReading } from './sentiment-cues.util.js';
import { TextAnalysis } from './text-analysis.util.js';
import { codeThemes } from './theme-coding.util.js';
import { guidanceFor } from './theme-guidance.js';

const MAX_CLAIMS = 5;
const MAX_SUGGESTIONS = 5;

type Reading = ClauseReading & { turnId: string };

/**
 * Summarises participant turns only: the self-rating if one was given (else an estimate from
 * tone), strengths and gaps from cue words and sentiment per clause, and taxonomy themes by
 * keyword matching. Every claim carries the ids of the turns it came from.
 */
export function buildSummary(input: SummaryInput): SessionSummary {
  const analysis = new TextAnalysis();
  const readings = input.turns
    .filter((turn) => turn.role === 'PARTICIPANT' && turn.content.trim().length > 0)
    .flatMap((turn) => clausesOf(turn.content, analysis).map((clause) => ({ ...readClause(clause, analysis), turnId: turn.id })));

  const rating = findSelfRating(input.turns);
  const estimate = readings.length > 0 ? estimateScore(readings) : null;
  const satisfactionScore = rating ?? estimate;
  const satisfactionSource = rating !== undefined ? 'participant' : estimate !== null ? 'estimated' : null;

  const strengthReadings = readings.filter(isStrength);
  const gapReadings = readings.filter(isGap);
  const themes = codeThemes(readings, input.taxonomy, analysis, input.primaryQuestion);
  const { opportunities, suggestedActions } = suggest(themes, gapReadings, analysis);

  return {
    overview: describe(input.primaryQuestion, satisfactionScore, satisfactionSource, themes, strengthReadings, gapReadings, analysis),
    satisfactionScore,
    satisfactionSource,
    strengths: toClaims(strengthReadings),
    gaps: toClaims(gapReadings),
    themes,
    opportunities,
    suggestedActions,
  };
}

function clausesOf(content: string, analysis: TextAnalysis): string[] {
  return analysis
    .sentences(content)
    .filter((sentence) => !sentence.text.trim().endsWith('?'))
    .flatMap((sentence) => {
      const clauses = splitClauses(sentence.text);
      return clauses.length > 0 ? clauses : [sentence.text];
    });
}

/** Mean clause score mapped from -1..1 onto 0..10. */
function estimateScore(readings: Reading[]): number {
  const mean = readings.reduce((sum, r) => sum + r.polarity, 0) / readings.length;
  return clamp(Math.round(5 + mean * 5), 0, 10);
}

/** One claim per distinct clause, merging turn ids when the same point was made twice. */
function toClaims(readings: Reading[]): SourcedClaim[] {
  const claims = new Map<string, SourcedClaim>();
  for (const reading of readings) {
    // Fragments like "Not great." say too little to stand on their own as a claim.
    if (reading.text.split(/\s+/).length < 3) continue;
    const text = `${capitalise(shorten(reading.text, 300).replace(/[.,;:!]+$/, ''))}.`;
    const key = normalizeForCompare(text);
    const existing = claims.get(key);
    if (existing) {
      if (!existing.turnIds.includes(reading.turnId)) existing.turnIds.push(reading.turnId);
    } else if (claims.size < MAX_CLAIMS) {
      claims.set(key, { text, turnIds: [reading.turnId] });
    }
  }
  return [...claims.values()];
}

function suggest(themes: SummaryTheme[], gaps: Reading[], analysis: TextAnalysis): { opportunities: string[]; suggestedActions: string[] } {
  const byConcern = [...themes].sort((a, b) => a.sentiment - b.sentiment);
  const opportunities: string[] = [];
  const actions: string[] = [];
  for (const theme of byConcern) {
    const guidance = guidanceFor(theme.key, theme.label);
    const concern = theme.sentiment < 0.15;
    opportunities.push(concern ? guidance.opportunity : guidance.leverage);
    if (concern || actions.length < 2) actions.push(guidance.action);
  }
  const themeWords = themes.flatMap((t) => [...t.label.toLowerCase().split(/[\s-]+/), ...t.key.split(/[_-]+/)]).filter((w) => w.length > 3);
  const uncovered = keyPhrases(gaps, 4, analysis)
    .map((phrase) => phrase.replace(/^(?:the )?(?:lack of|absence of|no|not enough)\s+/i, ''))
    .filter((phrase) => !themeWords.some((word) => phrase.toLowerCase().includes(word)))
    .slice(0, 2);
  for (const phrase of uncovered) {
    opportunities.push(`Turn "${phrase}" from a frustration into a concrete goal with someone named to support it`);
    actions.push(`Describe what good would look like for "${phrase}" and discuss it with your coach or manager`);
  }
  if (opportunities.length === 0) opportunities.push('Clarify which parts of your current role to keep, grow or change');
  if (actions.length === 0) actions.push('List the three changes that would most improve your satisfaction and rank them by impact');
  return {
    opportunities: dedupeSentences(opportunities).slice(0, MAX_SUGGESTIONS),
    suggestedActions: dedupeSentences(actions).slice(0, MAX_SUGGESTIONS),
  };
}

/** The most frequent noun phrases across clauses, first mention breaking ties. */
function keyPhrases(readings: Reading[], limit: number, analysis: TextAnalysis): string[] {
  const counts = new Map<string, number>();
  for (const phrase of readings.flatMap((r) => analysis.nounPhrases(r.text))) {
    const key = phrase.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([phrase]) => shorten(phrase, 60));
}

function describe(
  primaryQuestion: string,
  score: number | null,
  source: 'participant' | 'estimated' | null,
  themes: SummaryTheme[],
  strengths: Reading[],
  gaps: Reading[],
  analysis: TextAnalysis,
): string {
  const sentences: string[] = [];
  const topic = shorten(primaryQuestion.trim(), 120);
  const labels = (list: SummaryTheme[]) => listPhrases(list.slice(0, 3).map((t) => t.label.toLowerCase()));
  sentences.push(
    themes.length > 0
      ? `Reflecting on "${topic}", the conversation centred on ${labels(themes)}.`
      : `The participant reflected on "${topic}".`,
  );
  if (source === 'participant') sentences.push(`They rated their satisfaction at ${score} out of 10.`);
  else if (source === 'estimated') sentences.push(`No explicit rating was given; the tone of the answers suggests about ${score} out of 10.`);
  const energy = keyPhrases(strengths, 2, analysis);
  if (energy.length > 0) sentences.push(`They draw energy from ${listPhrases(energy)}.`);
  const concerns = keyPhrases(gaps, 3, analysis);
  if (concerns.length > 0) sentences.push(`The main concerns relate to ${listPhrases(concerns)}.`);
  const negative = themes.filter((t) => t.sentiment < -0.1);
  const positive = themes.filter((t) => t.sentiment > 0.1);
  const plural = negative.length > 1;
  if (negative.length > 0 && positive.length > 0) {
    sentences.push(`${capitalise(labels(positive))} came across positively, while ${labels(negative)} ${plural ? 'need' : 'needs'} attention.`);
  } else if (negative.length > 0) {
    sentences.push(`${capitalise(labels(negative))} ${plural ? 'stand out as the areas' : 'stands out as the area'} to address first.`);
  }
  return sentences.join(' ');
}
