import type { ReportGrouping } from './report-params.util.js';

// Whitelisted expressions: the grouping never reaches SQL as text from the caller. Blank names
// count as no group (the participant still counts in the organisation).
const GROUP_EXPRESSION: Record<ReportGrouping, string> = {
  department: `nullif(btrim(m.department), '')`,
  team: `nullif(btrim(m.team), '')`,
};

// Checked at read time as well, so an opt-out or a removal hides a participant at once, before
// the worker has removed their rollup rows. The group is the member's current one.
const COUNTED_MEMBER = `m.organisation_id = $1 AND m.removed_at IS NULL AND m.aggregate_consent`;

/**
 * Distinct-participant counts for one organisation ($1) and quarter ($2): per group and in total
 * (grouping sets), for the group rows (theme NULL) and for each theme. Each rollup row is one
 * participant, so count(*) counts distinct participants. Averages weigh every participant once:
 * the sums add up each participant's own mean score (or theme sentiment) for the quarter.
 */
export function developmentThemesSql(grouping: ReportGrouping | null): string {
  const group = grouping ? GROUP_EXPRESSION[grouping] : null;
  const groupColumn = group ?? 'NULL::text';
  const isTotal = group ? `GROUPING(${group}) = 1` : 'true';
  return `
SELECT NULL::text AS theme, ${groupColumn} AS "group", ${isTotal} AS "isTotal",
       count(*)::int AS participants,
       coalesce(sum(f.satisfaction_sum / f.satisfaction_count) FILTER (WHERE f.satisfaction_count > 0), 0)::float8 AS "valueSum",
       (count(*) FILTER (WHERE f.satisfaction_count > 0))::int AS "valueCount"
  FROM analytics_participant_periods f
  JOIN memberships m ON m.id = f.participant_membership_id
 WHERE f.organisation_id = $1 AND f.period = $2 AND ${COUNTED_MEMBER}
 GROUP BY GROUPING SETS (()${group ? `, (${group})` : ''})
UNION ALL
SELECT t.theme_key, ${groupColumn}, ${isTotal},
       count(*)::int,
       sum(t.sentiment_sum / t.sentiment_count)::float8,
       count(*)::int
  FROM analytics_participant_themes t
  JOIN memberships m ON m.id = t.participant_membership_id
 WHERE t.organisation_id = $1 AND t.period = $2 AND ${COUNTED_MEMBER}
 GROUP BY GROUPING SETS ((t.theme_key)${group ? `, (t.theme_key, ${group})` : ''})`;
}
