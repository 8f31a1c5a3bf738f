import type { SessionSummary, SourcedClaim, SummaryInput, SummaryTheme } from '../../prompts/summary.schema.js';
import { DEFAULT_THEME_TAXONOMY } from '../../taxonomy/default-theme-taxonomy.js';
import { similarity } from '../../util/text-compare.util.js';
import { clamp } from '../heuristic.util.js';
import { findSelfRating } from '../satisfaction-rating.util.js';
import { isSubstantive, readStatements, type Statement } from '../statements/statements.util.js';
import { TextAnalysis } from '../text-analysis.util.js';
import { codeThemes } from '../theme-coding.util.js';
import { guidanceFor } from '../theme-guidance.js';
import { asClaim, claimsOf, pickStatements } from './claim-selection.util.js';
import { readCommitments } from './commitments.util.js';
import { strainNote } from './strain-note.util.js';
import { writeOverview } from './summary-overview.util.js';

const MAX_CLAIMS = 5;
const MAX_SUGGESTIONS = 4;
const CONCERN = -0.1;
const GOING_WELL = 0.3;
const DEFAULT_THEME_KEYS = new Set(DEFAULT_THEME_TAXONOMY.map((entry) => entry.key));

/**
 * Summarises what the participant said, statement by statement, read for meaning (see
 * `readStatements`): their own rating if they gave one (else an estimate, marked as one),
 * strengths, gaps, themes and commitments chosen across the whole conversation, each citing the
 * turns it came from. Talk about the conversation and life outside work is never a claim. A
 * distress exchange is read only for the strain note, which is the participant's alone.
 */
export function buildSummary(input: SummaryInput): SessionSummary {
  const analysis = new TextAnalysis();
  // Their words in a distress exchange are left out of everything but the strain note.
  const ordinaryTurns = input.turns.filter((turn) => !(turn.sensitive && turn.role === 'PARTICIPANT'));
  const everything = readStatements(input.turns, analysis);
  const statements = everything.filter(isSubstantive);
  const sensitiveIds = new Set(input.turns.filter((turn) => turn.sensitive && turn.role === 'PARTICIPANT').map((turn) => turn.id));
  const sensitive = readStatements(input.turns, analysis, { withSensitive: true }).filter((s) => sensitiveIds.has(s.turnId));

  const rating = findSelfRating(ordinaryTurns);
  // After a distress exchange, the rest of the conversation says too little of how they are: no guess.
  const estimate = rating === null && sensitiveIds.size === 0 ? estimateScore(statements) : null;
  const satisfactionScore = rating?.value ?? estimate;
  const satisfactionSource = rating ? 'participant' : estimate !== null ? 'estimated' : null;

  const themes = codeThemes([...statements, ...ownThemeTalk(everything, input.taxonomy)], input.taxonomy, input.primaryQuestion);
  const commitments = readCommitments(statements);
  const concerns = [...pickStatements(statements, 'gap', 2), ...pickStatements(statements, 'drain', 2)];
  return {
    overview: writeOverview({
      primaryQuestion: input.primaryQuestion,
      score: satisfactionScore,
      source: satisfactionSource,
      energy: pickStatements(statements, 'energy', 2),
      strengths: pickStatements(statements, 'strength', 2),
      concerns: concerns.filter((c, i) => !concerns.slice(0, i).some((d) => similarity(c.text, d.text) >= 0.6)),
      commitments,
      themes,
    }),
    satisfactionScore,
    satisfactionSource,
    satisfactionTurnId: rating?.turnId ?? null,
    strengths: claimsOf(statements, 'strength', MAX_CLAIMS),
    gaps: claimsOf(statements, 'gap', MAX_CLAIMS),
    themes,
    opportunities: opportunities(statements, themes),
    suggestedActions: suggestedActions(themes),
    commitments,
    strain: strainNote(sensitive),
  };
}

/** Statements of tone it takes for an estimate to move all the way from the middle of the scale. */
const FULL_EVIDENCE = 3;

/**
 * Mean tone of what was said, mapped from -1..1 onto 0..10 and held toward the middle when little
 * was said ("It's going ok I guess" alone is not a 9); null when nothing said has a tone.
 */
function estimateScore(statements: readonly Statement[]): number | null {
  const toned = statements.filter((s) => s.kinds.length > 0 || Math.abs(s.polarity) >= 0.2);
  if (toned.length === 0) return null;
  const mean = toned.reduce((sum, s) => sum + s.polarity, 0) / toned.length;
  return clamp(Math.round(5 + mean * 5 * Math.min(1, toned.length / FULL_EVIDENCE)), 0, 10);
}

/**
 * Talk that reads as life outside work but that the organisation made a theme of its own (a
 * "commute" theme for a hybrid-work reflection): coded, since the organisation asked about it.
 */
function ownThemeTalk(statements: readonly Statement[], taxonomy: SummaryInput['taxonomy']): Statement[] {
  const own = taxonomy.filter((entry) => !DEFAULT_THEME_KEYS.has(entry.key));
  if (own.length === 0) return [];
  return statements.filter((s) => s.kinds.includes('off_topic') && codeThemes([s], own).length > 0);
}

/** What they said would help, in their words, then what the themes of concern and success open up. */
function opportunities(statements: readonly Statement[], themes: readonly SummaryTheme[]): SourcedClaim[] {
  const needs = pickStatements(statements, 'need', 2).map((need) => ({ text: asClaim(need.text), turnIds: [need.turnId] }));
  const fromThemes = themes
    .filter((theme) => theme.sentiment <= CONCERN || theme.sentiment >= GOING_WELL)
    .map((theme) => {
      const guidance = guidanceFor(theme.key, theme.label);
      return { text: `${theme.sentiment <= CONCERN ? guidance.opportunity : guidance.leverage}.`, turnIds: theme.turnIds };
    });
  return [...needs, ...fromThemes].slice(0, MAX_SUGGESTIONS);
}

/** Guidance for the themes of concern first, then for what is going well. */
function suggestedActions(themes: readonly SummaryTheme[]): SourcedClaim[] {
  return [...themes]
    .filter((theme) => theme.sentiment <= CONCERN || theme.sentiment >= GOING_WELL)
    .sort((a, b) => a.sentiment - b.sentiment)
    .slice(0, MAX_SUGGESTIONS)
    .map((theme) => ({ text: `${guidanceFor(theme.key, theme.label).action}.`, turnIds: theme.turnIds }));
}
