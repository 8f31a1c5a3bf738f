import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

export class Coaching1732450003000 implements MigrationInterface {
  name = 'Coaching1732450003000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE coaching_relationships (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         coach_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         created_by_membership_id uuid REFERENCES memberships(id) ON DELETE SET NULL,
         started_at timestamptz NOT NULL DEFAULT now(),
         ended_at timestamptz,
         CHECK (coach_membership_id <> participant_membership_id)
       )`,
      // At most one active relationship per pair; history is kept.
      `CREATE UNIQUE INDEX coaching_relationships_active_key ON coaching_relationships (organisation_id, coach_membership_id, participant_membership_id) WHERE ended_at IS NULL`,
      `CREATE INDEX coaching_relationships_org_participant_idx ON coaching_relationships (organisation_id, participant_membership_id) WHERE ended_at IS NULL`,
      `CREATE TABLE assignments (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         template_id uuid NOT NULL REFERENCES reflection_templates(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         assigned_by_membership_id uuid REFERENCES memberships(id) ON DELETE SET NULL,
         cadence text NOT NULL CHECK (cadence IN ('ONCE', 'QUARTERLY', 'ANNUALLY', 'RRULE')),
         rrule text,
         timezone text NOT NULL,
         starts_at timestamptz NOT NULL,
         window_days int NOT NULL DEFAULT 14,
         next_due_at timestamptz,
         cancelled_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX assignments_org_participant_idx ON assignments (organisation_id, participant_membership_id)`,
      // The scheduler scans due assignments across organisations.
      `CREATE INDEX assignments_next_due_idx ON assignments (next_due_at) WHERE cancelled_at IS NULL AND next_due_at IS NOT NULL`,
      ...enableTenantIsolation('coaching_relationships'),
      ...enableTenantIsolation('assignments'),
      `CREATE POLICY assignments_scheduler_read ON assignments FOR SELECT USING (app_is_system())`,
      `CREATE POLICY assignments_scheduler_advance ON assignments FOR UPDATE USING (app_is_system()) WITH CHECK (app_is_system())`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assignments, coaching_relationships`);
  }
}
