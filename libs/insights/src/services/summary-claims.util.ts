import { findSummarySourceProblems, type SessionSummary, type SummaryInput } from '#llm';
import type { StoredClaim, StoredTheme } from '../entities/reflection-summary.entity.js';

export interface CheckedSummary {
  summary: SessionSummary;
  /** Empty when every claim is sourced from participant turns of the session and every theme is in the taxonomy. */
  problems: string[];
}

/**
 * Normalises a model's summary before it is stored (duplicate turn ids and duplicate theme keys
 * merged, theme labels taken from the taxonomy) and re-checks its sources: whatever the provider,
 * a claim that does not cite participant turns of this session is never stored.
 */
export function checkSummary(raw: SessionSummary, input: SummaryInput): CheckedSummary {
  const labels = new Map(input.taxonomy.map((entry) => [entry.key, entry.label]));
  const claims = (list: StoredClaim[]) => list.map((claim) => ({ text: claim.text.trim(), turnIds: unique(claim.turnIds) }));
  const themes = new Map<string, StoredTheme>();
  for (const theme of raw.themes) {
    const existing = themes.get(theme.key);
    if (existing) {
      existing.turnIds = unique([...existing.turnIds, ...theme.turnIds]);
      existing.sentiment = round((existing.sentiment + theme.sentiment) / 2);
    } else {
      themes.set(theme.key, {
        key: theme.key,
        label: labels.get(theme.key) ?? theme.label,
        sentiment: round(theme.sentiment),
        turnIds: unique(theme.turnIds),
      });
    }
  }
  const summary: SessionSummary = {
    ...raw,
    satisfactionScore: raw.satisfactionScore === null ? null : round(raw.satisfactionScore),
    strengths: claims(raw.strengths),
    gaps: claims(raw.gaps),
    themes: [...themes.values()],
    opportunities: claims(raw.opportunities),
    suggestedActions: claims(raw.suggestedActions),
    commitments: raw.commitments.map((c) => ({ text: c.text.trim(), turnIds: unique(c.turnIds), when: c.when?.trim() || null })),
    strain: raw.strain ? { text: raw.strain.text.trim(), turnIds: unique(raw.strain.turnIds) } : null,
  };
  const problems = findSummarySourceProblems(summary, input);
  const cited = [
    ...summary.strengths,
    ...summary.gaps,
    ...summary.themes,
    ...summary.opportunities,
    ...summary.suggestedActions,
    ...summary.commitments,
  ];
  const unsourced = [...cited, ...(summary.strain ? [summary.strain] : [])].some((claim) => claim.turnIds.length === 0);
  if (unsourced) problems.push('a claim has no source turn');
  return { summary, problems };
}

const unique = (ids: string[]) => [...new Set(ids)];
const round = (value: number) => Math.round(value * 100) / 100;
