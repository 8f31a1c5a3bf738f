/** Theme keys as the taxonomy defines them: anything else in a summary is not a coded theme. */
export const THEME_KEY_PATTERN = '^[a-z][a-z0-9_]{1,48}$';

/**
 * Recomputes the rollup rows of one participant ($2) or of every participant (NULL) of
 * organisation $1 from the summaries, in ONE statement so that both tables come from the same
 * snapshot. Only coded themes and scores are read (never text), only for active members who have
 * not opted out; rows whose source is gone (deleted summaries, opt-out, removal) are deleted.
 * Unchanged rows are left alone, so a full reconcile rewrites only what moved.
 */
export const REFRESH_ROLLUPS_SQL = `
WITH source AS MATERIALIZED (
  SELECT s.participant_membership_id AS pid,
         to_char(coalesce(r.completed_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY"-Q"Q') AS period,
         s.satisfaction_score, s.satisfaction_source,
         CASE WHEN jsonb_typeof(s.themes) = 'array' THEN s.themes ELSE '[]'::jsonb END AS themes
    FROM reflection_summaries s
    JOIN reflection_sessions r ON r.organisation_id = s.organisation_id AND r.id = s.session_id AND r.status = 'COMPLETED'
    JOIN memberships m ON m.organisation_id = s.organisation_id AND m.id = s.participant_membership_id
   WHERE s.organisation_id = $1
     AND ($2::uuid IS NULL OR s.participant_membership_id = $2::uuid)
     AND m.removed_at IS NULL AND m.aggregate_consent
),
periods AS (
  -- Own ratings and estimates apart: an estimate is never averaged with what people said.
  SELECT pid, period, count(*)::int AS summaries,
         coalesce(sum(satisfaction_score) FILTER (WHERE satisfaction_source = 'participant'), 0) AS own_rating_sum,
         (count(satisfaction_score) FILTER (WHERE satisfaction_source = 'participant'))::int AS own_rating_count,
         coalesce(sum(satisfaction_score) FILTER (WHERE satisfaction_source = 'estimated'), 0) AS estimate_sum,
         (count(satisfaction_score) FILTER (WHERE satisfaction_source = 'estimated'))::int AS estimate_count
    FROM source GROUP BY pid, period
),
themes AS (
  -- Rounded so that summing in another order never looks like a change.
  SELECT src.pid, src.period, t.theme_key, round(sum(t.sentiment)::numeric, 9)::float8 AS sentiment_sum, count(*)::int AS sentiment_count
    FROM source src
    CROSS JOIN LATERAL (
      -- One entry per key and summary, so a theme listed twice still counts once.
      SELECT e->>'key' AS theme_key, avg(greatest(-1, least(1, (e->>'sentiment')::float8))) AS sentiment
        FROM jsonb_array_elements(src.themes) e
       WHERE jsonb_typeof(e) = 'object' AND e->>'key' ~ '${THEME_KEY_PATTERN}' AND jsonb_typeof(e->'sentiment') = 'number'
       GROUP BY 1
    ) t
   GROUP BY 1, 2, 3
),
-- Old and new rows side by side. A FULL JOIN runs as a hash or merge join whatever the row
-- estimates, so the cost stays linear (an anti-join against a CTE estimated at one row could
-- degrade into a nested loop over every pair). Only rows that differ are kept.
period_diff AS MATERIALIZED (
  SELECT coalesce(n.pid, o.participant_membership_id) AS pid, coalesce(n.period, o.period) AS period,
         n.pid IS NOT NULL AS fresh, n.summaries, n.own_rating_sum, n.own_rating_count, n.estimate_sum, n.estimate_count
    FROM periods n
    FULL JOIN (SELECT participant_membership_id, period, summaries, own_rating_sum, own_rating_count, estimate_sum, estimate_count
                 FROM analytics_participant_periods
                WHERE organisation_id = $1 AND ($2::uuid IS NULL OR participant_membership_id = $2::uuid)) o
      ON o.participant_membership_id = n.pid AND o.period = n.period
   WHERE n.pid IS NULL OR o.participant_membership_id IS NULL
      OR (o.summaries, o.own_rating_sum, o.own_rating_count, o.estimate_sum, o.estimate_count)
         IS DISTINCT FROM (n.summaries, n.own_rating_sum, n.own_rating_count, n.estimate_sum, n.estimate_count)
),
theme_diff AS MATERIALIZED (
  SELECT coalesce(n.pid, o.participant_membership_id) AS pid, coalesce(n.period, o.period) AS period,
         coalesce(n.theme_key, o.theme_key) AS theme_key, n.pid IS NOT NULL AS fresh, n.sentiment_sum, n.sentiment_count
    FROM themes n
    FULL JOIN (SELECT participant_membership_id, period, theme_key, sentiment_sum, sentiment_count
                 FROM analytics_participant_themes
                WHERE organisation_id = $1 AND ($2::uuid IS NULL OR participant_membership_id = $2::uuid)) o
      ON o.participant_membership_id = n.pid AND o.period = n.period AND o.theme_key = n.theme_key
   WHERE n.pid IS NULL OR o.participant_membership_id IS NULL
      OR (o.sentiment_sum, o.sentiment_count) IS DISTINCT FROM (n.sentiment_sum, n.sentiment_count)
),
period_upsert AS (
  INSERT INTO analytics_participant_periods AS f
         (organisation_id, period, participant_membership_id, summaries, own_rating_sum, own_rating_count, estimate_sum, estimate_count)
  SELECT $1, period, pid, summaries, own_rating_sum, own_rating_count, estimate_sum, estimate_count FROM period_diff WHERE fresh
  ON CONFLICT (organisation_id, period, participant_membership_id) DO UPDATE
     SET summaries = EXCLUDED.summaries, own_rating_sum = EXCLUDED.own_rating_sum, own_rating_count = EXCLUDED.own_rating_count,
         estimate_sum = EXCLUDED.estimate_sum, estimate_count = EXCLUDED.estimate_count, refreshed_at = now()
  RETURNING 1
),
period_delete AS (
  DELETE FROM analytics_participant_periods f USING period_diff d
   WHERE NOT d.fresh AND f.organisation_id = $1 AND f.participant_membership_id = d.pid AND f.period = d.period
  RETURNING 1
),
theme_upsert AS (
  INSERT INTO analytics_participant_themes AS f
         (organisation_id, period, participant_membership_id, theme_key, sentiment_sum, sentiment_count)
  SELECT $1, period, pid, theme_key, sentiment_sum, sentiment_count FROM theme_diff WHERE fresh
  ON CONFLICT (organisation_id, period, participant_membership_id, theme_key) DO UPDATE
     SET sentiment_sum = EXCLUDED.sentiment_sum, sentiment_count = EXCLUDED.sentiment_count, refreshed_at = now()
  RETURNING 1
),
theme_delete AS (
  -- Also the themes of a deleted period row; its cascade then finds nothing left to delete.
  DELETE FROM analytics_participant_themes f USING theme_diff d
   WHERE NOT d.fresh AND f.organisation_id = $1 AND f.participant_membership_id = d.pid AND f.period = d.period AND f.theme_key = d.theme_key
  RETURNING 1
)
SELECT (SELECT count(*) FROM period_upsert)::int AS "periodsWritten",
       (SELECT count(*) FROM period_delete)::int AS "periodsDeleted",
       (SELECT count(*) FROM theme_upsert)::int AS "themesWritten",
       (SELECT count(*) FROM theme_delete)::int AS "themesDeleted"`;

/**
 * Serialises refreshes: one participant's refreshes run one at a time, and an organisation-wide
 * reconcile excludes them all, so a slower run never overwrites a newer one with older data.
 * Taken before the statement above, whose snapshot then includes every earlier commit.
 */
export const LOCK_PARTICIPANT_SQL = `SELECT pg_advisory_xact_lock_shared(hashtext('analytics-rollup'), hashtext($1::text)),
                                            pg_advisory_xact_lock(hashtext($1::text), hashtext($2::text))`;
export const LOCK_ORGANISATION_SQL = `SELECT pg_advisory_xact_lock(hashtext('analytics-rollup'), hashtext($1::text))`;
