import type { ReportGrouping } from './report-params.util.js';

// Whitelisted expressions: the grouping never reaches SQL as text from the caller. Blank names
// count as no group (the participant still counts in the organisation).
const GROUP_EXPRESSION: Record<ReportGrouping, string> = {
  department: `nullif(btrim(m.department), '')`,
  team: `nullif(btrim(m.team), '')`,
};

/**
 * Distinct-participant counts for one organisation ($1) and quarter ($2): per group and in total
 * (grouping sets), for the group rows (theme NULL) and for each theme, plus the organisation's
 * threshold on every row (one round trip). Each rollup row is one participant, so count(*)
 * counts distinct participants. Averages weigh every participant once: the sums add up each
 * participant's own mean score (or theme sentiment) for the quarter.
 *
 * Members are checked at read time as well, so an opt-out or a removal hides a participant at
 * once, before the worker has removed their rollup rows; the group is the member's current one.
 * The materialised CTEs pin the plan to range scans of the primary keys (organisation, period)
 * and hash joins, whatever the row estimates (row-level security makes them poor).
 */
export function developmentThemesSql(grouping: ReportGrouping | null): string {
  const group = grouping ? GROUP_EXPRESSION[grouping] : null;
  const groupColumn = group ?? 'NULL::text';
  const isTotal = group ? `GROUPING(${group}) = 1` : 'true';
  return `
WITH counted AS MATERIALIZED (
  SELECT m.id, m.department, m.team FROM memberships m
   WHERE m.organisation_id = $1 AND m.removed_at IS NULL AND m.aggregate_consent
),
people AS MATERIALIZED (
  SELECT participant_membership_id, satisfaction_sum, satisfaction_count FROM analytics_participant_periods
   WHERE organisation_id = $1 AND period = $2
),
themes AS MATERIALIZED (
  SELECT participant_membership_id, theme_key, sentiment_sum, sentiment_count FROM analytics_participant_themes
   WHERE organisation_id = $1 AND period = $2
),
settings AS (SELECT anonymity_threshold AS threshold FROM organisations WHERE id = $1)
SELECT NULL::text AS theme, ${groupColumn} AS "group", ${isTotal} AS "isTotal",
       count(*)::int AS participants,
       coalesce(sum(p.satisfaction_sum / p.satisfaction_count) FILTER (WHERE p.satisfaction_count > 0), 0)::float8 AS "valueSum",
       (count(*) FILTER (WHERE p.satisfaction_count > 0))::int AS "valueCount",
       (SELECT threshold FROM settings) AS threshold
  FROM people p JOIN counted m ON m.id = p.participant_membership_id
 GROUP BY GROUPING SETS (()${group ? `, (${group})` : ''})
UNION ALL
SELECT t.theme_key, ${groupColumn}, ${isTotal},
       count(*)::int,
       sum(t.sentiment_sum / t.sentiment_count)::float8,
       count(*)::int,
       (SELECT threshold FROM settings)
  FROM themes t JOIN counted m ON m.id = t.participant_membership_id
 GROUP BY GROUPING SETS ((t.theme_key)${group ? `, (t.theme_key, ${group})` : ''})`;
}
