import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

/**
 * Rollups behind the HR development-themes report: one row per participant and quarter, and one
 * per participant, quarter and coded theme. They hold counts and sums only (no text) and only for
 * active members who have not opted out; the worker recomputes a participant's rows from scratch.
 */
export class AnalyticsRollups1732450050000 implements MigrationInterface {
  name = 'AnalyticsRollups1732450050000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE analytics_participant_periods (
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         period text NOT NULL CHECK (period ~ '^[1-9][0-9]{3}-Q[1-4]$'),
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         summaries int NOT NULL CHECK (summaries > 0),
         satisfaction_sum numeric NOT NULL DEFAULT 0,
         satisfaction_count int NOT NULL DEFAULT 0 CHECK (satisfaction_count >= 0),
         refreshed_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (organisation_id, period, participant_membership_id)
       )`,
      // Refreshing one participant finds their rows without scanning the organisation.
      `CREATE INDEX analytics_participant_periods_org_participant_idx ON analytics_participant_periods (organisation_id, participant_membership_id)`,
      `CREATE TABLE analytics_participant_themes (
         organisation_id uuid NOT NULL,
         period text NOT NULL,
         participant_membership_id uuid NOT NULL,
         theme_key text NOT NULL CHECK (theme_key ~ '^[a-z][a-z0-9_]{1,48}$'),
         sentiment_sum double precision NOT NULL,
         sentiment_count int NOT NULL CHECK (sentiment_count > 0),
         refreshed_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (organisation_id, period, participant_membership_id, theme_key),
         -- A theme row never outlives its participant's period row: the counts stay subsets.
         FOREIGN KEY (organisation_id, period, participant_membership_id)
           REFERENCES analytics_participant_periods (organisation_id, period, participant_membership_id) ON DELETE CASCADE
       )`,
      `CREATE INDEX analytics_participant_themes_org_participant_idx ON analytics_participant_themes (organisation_id, participant_membership_id)`,
      ...enableTenantIsolation('analytics_participant_periods'),
      ...enableTenantIsolation('analytics_participant_themes'),
      // The daily reconcile lists organisations (ids only) from a system-scoped transaction.
      `CREATE POLICY organisations_rollup_reconcile_read ON organisations FOR SELECT USING (app_is_system())`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP POLICY IF EXISTS organisations_rollup_reconcile_read ON organisations`);
    await db.query(`DROP TABLE analytics_participant_themes, analytics_participant_periods`);
  }
}
