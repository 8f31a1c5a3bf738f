import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

/** Magic Summaries, action plans, questions asked of one's reflections, and theme taxonomy additions. */
export class Insights1732450006000 implements MigrationInterface {
  name = 'Insights1732450006000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE reflection_summaries (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL REFERENCES reflection_sessions(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         overview text NOT NULL,
         satisfaction_score numeric(4,2) CHECK (satisfaction_score BETWEEN 0 AND 10),
         satisfaction_source text CHECK (satisfaction_source IN ('participant', 'estimated')),
         strengths jsonb NOT NULL DEFAULT '[]'::jsonb,
         gaps jsonb NOT NULL DEFAULT '[]'::jsonb,
         themes jsonb NOT NULL DEFAULT '[]'::jsonb,
         opportunities text[] NOT NULL DEFAULT '{}',
         suggested_actions text[] NOT NULL DEFAULT '{}',
         provider text NOT NULL,
         model text NOT NULL,
         prompt_version text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      // One summary per session: a re-delivered job cannot write a second one.
      `CREATE UNIQUE INDEX reflection_summaries_org_session_key ON reflection_summaries (organisation_id, session_id)`,
      `CREATE INDEX reflection_summaries_org_participant_idx ON reflection_summaries (organisation_id, participant_membership_id, created_at)`,
      `CREATE TABLE action_plans (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL REFERENCES reflection_sessions(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         state text NOT NULL CHECK (state IN ('PENDING', 'RUNNING', 'READY', 'FAILED')),
         error text,
         request_id uuid,
         provider text,
         model text,
         prompt_version text,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX action_plans_org_session_key ON action_plans (organisation_id, session_id)`,
      `CREATE TABLE action_items (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         action_plan_id uuid NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         position int NOT NULL,
         category text NOT NULL CHECK (category IN ('SKILL_DEVELOPMENT', 'CAREER_POSITIONING', 'OPPORTUNITY_CREATION', 'CAREER_MANAGEMENT')),
         title text NOT NULL,
         rationale text,
         due_at timestamptz,
         milestone text,
         success_metric text,
         status text NOT NULL DEFAULT 'TODO' CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'DROPPED')),
         progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX action_items_org_plan_idx ON action_items (organisation_id, action_plan_id, position)`,
      `CREATE INDEX action_items_org_participant_idx ON action_items (organisation_id, participant_membership_id, status)`,
      `CREATE TABLE action_item_comments (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         action_item_id uuid NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
         author_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         body text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX action_item_comments_org_item_idx ON action_item_comments (organisation_id, action_item_id, created_at)`,
      `CREATE TABLE insight_questions (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         question text NOT NULL,
         answer text NOT NULL,
         citations jsonb NOT NULL DEFAULT '[]'::jsonb,
         session_ids uuid[] NOT NULL DEFAULT '{}',
         provider text NOT NULL,
         model text NOT NULL,
         prompt_version text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX insight_questions_org_participant_idx ON insight_questions (organisation_id, participant_membership_id, created_at)`,
      `CREATE TABLE theme_taxonomy_entries (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,48}$'),
         label text NOT NULL,
         keywords text[] NOT NULL DEFAULT '{}',
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX theme_taxonomy_entries_org_key ON theme_taxonomy_entries (organisation_id, key)`,
      ...[
        'reflection_summaries',
        'action_plans',
        'action_items',
        'action_item_comments',
        'insight_questions',
        'theme_taxonomy_entries',
      ].flatMap(enableTenantIsolation),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE theme_taxonomy_entries, insight_questions, action_item_comments, action_items, action_plans, reflection_summaries`,
    );
  }
}
