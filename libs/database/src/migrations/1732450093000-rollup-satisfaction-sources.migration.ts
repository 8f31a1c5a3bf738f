import type { MigrationInterface, QueryRunner } from 'typeorm';

// Read (and written) by the owner for every tenant in this one migration; forced again at the end.
const TABLES = ['analytics_participant_periods', 'reflection_summaries', 'reflection_sessions', 'memberships'];

/**
 * HR rollups keep participants' own ratings and estimated scores apart, so that a report never
 * blends an estimate into what people rated. Existing rows are split from the summaries they were
 * built from, with the same source rules as the worker's refresh.
 */
export class RollupSatisfactionSources1732450093000 implements MigrationInterface {
  name = 'RollupSatisfactionSources1732450093000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE analytics_participant_periods
      ADD COLUMN own_rating_sum numeric NOT NULL DEFAULT 0,
      ADD COLUMN own_rating_count int NOT NULL DEFAULT 0 CHECK (own_rating_count >= 0),
      ADD COLUMN estimate_sum numeric NOT NULL DEFAULT 0,
      ADD COLUMN estimate_count int NOT NULL DEFAULT 0 CHECK (estimate_count >= 0)`);
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    await db.query(`UPDATE analytics_participant_periods f
         SET own_rating_sum = s.own_rating_sum, own_rating_count = s.own_rating_count, estimate_sum = s.estimate_sum, estimate_count = s.estimate_count
        FROM (SELECT s.organisation_id, s.participant_membership_id AS pid,
                     to_char(coalesce(r.completed_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY"-Q"Q') AS period,
                     coalesce(sum(s.satisfaction_score) FILTER (WHERE s.satisfaction_source = 'participant'), 0) AS own_rating_sum,
                     (count(s.satisfaction_score) FILTER (WHERE s.satisfaction_source = 'participant'))::int AS own_rating_count,
                     coalesce(sum(s.satisfaction_score) FILTER (WHERE s.satisfaction_source = 'estimated'), 0) AS estimate_sum,
                     (count(s.satisfaction_score) FILTER (WHERE s.satisfaction_source = 'estimated'))::int AS estimate_count
                FROM reflection_summaries s
                JOIN reflection_sessions r ON r.organisation_id = s.organisation_id AND r.id = s.session_id AND r.status = 'COMPLETED'
               GROUP BY 1, 2, 3) s
       WHERE f.organisation_id = s.organisation_id AND f.participant_membership_id = s.pid AND f.period = s.period`);
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE analytics_participant_periods DROP COLUMN satisfaction_sum, DROP COLUMN satisfaction_count`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE analytics_participant_periods
      ADD COLUMN satisfaction_sum numeric NOT NULL DEFAULT 0,
      ADD COLUMN satisfaction_count int NOT NULL DEFAULT 0 CHECK (satisfaction_count >= 0)`);
    await db.query(
      `UPDATE analytics_participant_periods SET satisfaction_sum = own_rating_sum + estimate_sum, satisfaction_count = own_rating_count + estimate_count`,
    );
    await db.query(
      `ALTER TABLE analytics_participant_periods DROP COLUMN own_rating_sum, DROP COLUMN own_rating_count, DROP COLUMN estimate_sum, DROP COLUMN estimate_count`,
    );
  }
}
