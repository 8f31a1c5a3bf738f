import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

/** Per-reflection share grants and the access log that owners read. */
export class Sharing1732450005000 implements MigrationInterface {
  name = 'Sharing1732450005000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE session_shares (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL REFERENCES reflection_sessions(id) ON DELETE CASCADE,
         coach_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         created_at timestamptz NOT NULL DEFAULT now(),
         revoked_at timestamptz
       )`,
      `CREATE UNIQUE INDEX session_shares_active_key ON session_shares (organisation_id, session_id, coach_membership_id) WHERE revoked_at IS NULL`,
      `CREATE INDEX session_shares_org_coach_idx ON session_shares (organisation_id, coach_membership_id) WHERE revoked_at IS NULL`,
      `CREATE TABLE access_log (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL REFERENCES reflection_sessions(id) ON DELETE CASCADE,
         owner_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         reader_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         action text NOT NULL,
         at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX access_log_org_session_idx ON access_log (organisation_id, session_id, at)`,
      `CREATE INDEX access_log_org_owner_idx ON access_log (organisation_id, owner_membership_id)`,
      ...enableTenantIsolation('session_shares'),
      ...enableTenantIsolation('access_log'),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE access_log, session_shares`);
  }
}
