import { preparedStatement } from '#database';

// Members who count: active, not opted out. Blank names are no group. Read at request time, so an
// opt-out or a removal hides a participant at once, before the worker has removed their rollups.
const COUNTED_MEMBERS = `
  SELECT m.id, nullif(btrim(m.department), '') AS department, nullif(btrim(m.team), '') AS team
    FROM memberships m
   WHERE m.organisation_id = $1 AND m.removed_at IS NULL AND m.aggregate_consent`;

/**
 * Per profile (department, team) of the organisation's counted members ($1), for the quarter
 * ($2): distinct participants, and those with their own ratings and with estimates, each with the
 * sum of the participants' means (every participant weighted once). Profiles with no participant
 * in the quarter are listed too: every group HR can name appears, whether anyone reflected or not.
 * The materialised CTEs pin the plan to range scans of the primary keys and hash joins, whatever
 * the row estimates (row-level security makes them poor).
 */
export const PROFILE_FIGURES_SQL = preparedStatement(`
WITH counted AS MATERIALIZED (${COUNTED_MEMBERS}),
people AS MATERIALIZED (
  SELECT participant_membership_id, own_rating_sum, own_rating_count, estimate_sum, estimate_count
    FROM analytics_participant_periods WHERE organisation_id = $1 AND period = $2
)
SELECT m.department, m.team,
       count(p.participant_membership_id)::int AS participants,
       (count(*) FILTER (WHERE p.own_rating_count > 0))::int AS "rated",
       coalesce(sum(p.own_rating_sum / p.own_rating_count) FILTER (WHERE p.own_rating_count > 0), 0)::float8 AS "ratingSum",
       (count(*) FILTER (WHERE p.estimate_count > 0))::int AS "estimated",
       coalesce(sum(p.estimate_sum / p.estimate_count) FILTER (WHERE p.estimate_count > 0), 0)::float8 AS "estimateSum"
  FROM counted m LEFT JOIN people p ON p.participant_membership_id = m.id
 GROUP BY m.department, m.team`);

/** Per profile and coded theme: distinct participants who raised it, and their mean sentiments summed. */
export const THEME_FIGURES_SQL = preparedStatement(`
WITH counted AS MATERIALIZED (${COUNTED_MEMBERS}),
themes AS MATERIALIZED (
  SELECT participant_membership_id, theme_key, sentiment_sum, sentiment_count FROM analytics_participant_themes
   WHERE organisation_id = $1 AND period = $2
)
SELECT t.theme_key AS theme, m.department, m.team, count(*)::int AS participants, sum(t.sentiment_sum / t.sentiment_count)::float8 AS "sentimentSum"
  FROM themes t JOIN counted m ON m.id = t.participant_membership_id
 GROUP BY 1, 2, 3`);

/** The organisation's threshold and noise setting (null when it has none). */
export const REPORT_SETTINGS_SQL = preparedStatement(`
SELECT anonymity_threshold AS threshold, settings->'aggregateNoise' AS noise FROM organisations WHERE id = $1`);
