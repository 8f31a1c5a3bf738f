import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

/**
 * Scheduled check-ins: reminder bookkeeping, snoozes, and what the cross-tenant scheduler may
 * read. The scheduler runs in SYSTEM scope; it needs to know whether a participant is still a
 * member and which template version is current, so it gets read-only policies for exactly that.
 */
export class Schedules1732450040000 implements MigrationInterface {
  name = 'Schedules1732450040000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // A participant postpones the reminders of one due date (the one it was snoozed for).
      `ALTER TABLE assignments ADD COLUMN reminder_snoozed_until timestamptz, ADD COLUMN reminder_snoozed_due_at timestamptz`,
      `CREATE INDEX assignments_org_assigned_by_idx ON assignments (organisation_id, assigned_by_membership_id)`,
      `CREATE TABLE session_reminders (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL REFERENCES reflection_sessions(id) ON DELETE CASCADE,
         assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
         kind text NOT NULL CHECK (kind IN ('DUE', 'CLOSING')),
         send_at timestamptz NOT NULL,
         enqueued_at timestamptz,
         done_at timestamptz,
         outcome text CHECK (outcome IN ('SENT', 'SKIPPED')),
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX session_reminders_org_session_kind_key ON session_reminders (organisation_id, session_id, kind)`,
      `CREATE INDEX session_reminders_org_assignment_idx ON session_reminders (organisation_id, assignment_id)`,
      // The scheduler scans pending reminders across organisations.
      `CREATE INDEX session_reminders_pending_idx ON session_reminders (send_at) WHERE done_at IS NULL`,
      // The scheduler expires unstarted sessions across organisations.
      `CREATE INDEX reflection_sessions_scheduled_window_idx ON reflection_sessions (window_closes_at) WHERE status = 'SCHEDULED' AND window_closes_at IS NOT NULL`,
      ...enableTenantIsolation('session_reminders'),
      `CREATE POLICY session_reminders_scheduler ON session_reminders USING (app_is_system()) WITH CHECK (app_is_system())`,
      `CREATE POLICY memberships_scheduler_read ON memberships FOR SELECT USING (app_is_system())`,
      `CREATE POLICY reflection_templates_scheduler_read ON reflection_templates FOR SELECT USING (app_is_system())`,
      `CREATE POLICY reflection_template_versions_scheduler_read ON reflection_template_versions FOR SELECT USING (app_is_system())`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `DROP POLICY IF EXISTS reflection_template_versions_scheduler_read ON reflection_template_versions`,
      `DROP POLICY IF EXISTS reflection_templates_scheduler_read ON reflection_templates`,
      `DROP POLICY IF EXISTS memberships_scheduler_read ON memberships`,
      `DROP INDEX IF EXISTS reflection_sessions_scheduled_window_idx`,
      `DROP TABLE session_reminders`,
      `DROP INDEX IF EXISTS assignments_org_assigned_by_idx`,
      `ALTER TABLE assignments DROP COLUMN reminder_snoozed_due_at, DROP COLUMN reminder_snoozed_until`,
    ];
    for (const sql of statements) await db.query(sql);
  }
}
