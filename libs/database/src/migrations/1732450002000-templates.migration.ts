import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

/** Reflection templates are versioned: a session pins the version it started on. */
export class Templates1732450002000 implements MigrationInterface {
  name = 'Templates1732450002000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reflection_templates (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         owner_membership_id uuid REFERENCES memberships(id) ON DELETE SET NULL,
         personal boolean NOT NULL DEFAULT false,
         starter_key text,
         current_version int NOT NULL DEFAULT 1,
         archived_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX reflection_templates_org_owner_idx ON reflection_templates (organisation_id, owner_membership_id)`,
      `CREATE UNIQUE INDEX reflection_templates_org_starter_key ON reflection_templates (organisation_id, starter_key) WHERE starter_key IS NOT NULL`,
      `CREATE TABLE reflection_template_versions (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         template_id uuid NOT NULL REFERENCES reflection_templates(id) ON DELETE CASCADE,
         version int NOT NULL,
         title text NOT NULL,
         primary_question text NOT NULL,
         welcome_message text,
         researcher_info text,
         goals text[] NOT NULL DEFAULT '{}',
         mandatory_questions text[] NOT NULL DEFAULT '{}',
         closing_cta_text text,
         closing_cta_url text,
         send_summary_email boolean NOT NULL DEFAULT false,
         require_sign_in boolean NOT NULL DEFAULT true,
         default_visibility text NOT NULL DEFAULT 'PRIVATE' CHECK (default_visibility IN ('PRIVATE', 'SHARED_WITH_COACHES')),
         estimated_minutes int,
         max_turns int NOT NULL DEFAULT 40,
         max_minutes int NOT NULL DEFAULT 120,
         plan jsonb,
         plan_state text CHECK (plan_state IN ('PENDING', 'RUNNING', 'READY', 'FAILED')),
         plan_error text,
         plan_provider text,
         plan_model text,
         plan_prompt_version text,
         plan_request_id uuid,
         created_by_membership_id uuid REFERENCES memberships(id) ON DELETE SET NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX reflection_template_versions_org_template_version_key ON reflection_template_versions (organisation_id, template_id, version)`,
      ...enableTenantIsolation('reflection_templates'),
      ...enableTenantIsolation('reflection_template_versions'),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reflection_template_versions, reflection_templates`);
  }
}
