import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

export class Interviews1732450004000 implements MigrationInterface {
  name = 'Interviews1732450004000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // btree_gin lets the full-text index lead with organisation_id like every tenant index.
      `CREATE EXTENSION IF NOT EXISTS btree_gin`,
      `CREATE TABLE reflection_sessions (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         template_id uuid NOT NULL REFERENCES reflection_templates(id) ON DELETE CASCADE,
         template_version int NOT NULL,
         assignment_id uuid REFERENCES assignments(id) ON DELETE SET NULL,
         due_at timestamptz,
         window_closes_at timestamptz,
         status text NOT NULL CHECK (status IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED', 'EXPIRED')),
         visibility text NOT NULL DEFAULT 'PRIVATE' CHECK (visibility IN ('PRIVATE', 'SHARED_WITH_COACHES')),
         paused_at timestamptz,
         interviewer_state jsonb NOT NULL DEFAULT '{}'::jsonb,
         interviewer_provider text,
         interviewer_model text,
         interviewer_prompt_version text,
         summary_state text CHECK (summary_state IN ('PENDING', 'RUNNING', 'READY', 'FAILED')),
         summary_error text,
         started_at timestamptz,
         completed_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX reflection_sessions_org_participant_idx ON reflection_sessions (organisation_id, participant_membership_id, created_at)`,
      `CREATE INDEX reflection_sessions_org_template_idx ON reflection_sessions (organisation_id, template_id)`,
      // Each due date of an assignment is materialised exactly once, whatever the number of schedulers.
      `CREATE UNIQUE INDEX reflection_sessions_assignment_due_key ON reflection_sessions (organisation_id, assignment_id, due_at) WHERE assignment_id IS NOT NULL`,
      `CREATE TABLE session_turns (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL REFERENCES reflection_sessions(id) ON DELETE CASCADE,
         seq int NOT NULL,
         role text NOT NULL CHECK (role IN ('INTERVIEWER', 'PARTICIPANT')),
         content text NOT NULL,
         stage text,
         question_ref text,
         idempotency_key text,
         created_at timestamptz NOT NULL DEFAULT now(),
         search tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
       )`,
      `CREATE UNIQUE INDEX session_turns_org_session_seq_key ON session_turns (organisation_id, session_id, seq)`,
      `CREATE UNIQUE INDEX session_turns_idempotency_key ON session_turns (organisation_id, session_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
      `CREATE INDEX session_turns_search_idx ON session_turns USING gin (organisation_id, search)`,
      ...enableTenantIsolation('reflection_sessions'),
      ...enableTenantIsolation('session_turns'),
      // The scheduler materialises and expires sessions across organisations.
      `CREATE POLICY reflection_sessions_scheduler ON reflection_sessions USING (app_is_system()) WITH CHECK (app_is_system())`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE session_turns, reflection_sessions`);
  }
}
