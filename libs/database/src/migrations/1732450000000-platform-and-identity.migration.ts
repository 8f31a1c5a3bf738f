import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

export class PlatformAndIdentity1732450000000 implements MigrationInterface {
  name = 'PlatformAndIdentity1732450000000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      // The runtime role owns nothing and cannot bypass RLS; this migration runs as the owner.
      `DO $$ BEGIN
         CREATE ROLE waypoint_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
       EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
      `ALTER ROLE waypoint_app NOSUPERUSER NOBYPASSRLS`,
      `DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO waypoint_app', current_database()); END $$`,
      `GRANT USAGE ON SCHEMA public TO waypoint_app`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO waypoint_app`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO waypoint_app`,
      // STABLE so the planner evaluates it once per statement and can use (organisation_id, ...) indexes.
      `CREATE FUNCTION app_current_organisation() RETURNS uuid LANGUAGE sql STABLE AS
         $$ SELECT NULLIF(current_setting('app.organisation_id', true), '')::uuid $$`,
      `CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS
         $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$`,
      // Cross-tenant housekeeping (outbox relay, schedulers) declares itself explicitly.
      `CREATE FUNCTION app_is_system() RETURNS boolean LANGUAGE sql STABLE AS
         $$ SELECT current_setting('app.system', true) = 'on' $$`,

      `CREATE TABLE users (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         email text NOT NULL,
         password_hash text NOT NULL,
         display_name text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX users_email_key ON users (lower(email))`,

      `CREATE TABLE refresh_tokens (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         family_id uuid NOT NULL,
         token_hash text NOT NULL UNIQUE,
         organisation_id uuid,
         expires_at timestamptz NOT NULL,
         used_at timestamptz,
         revoked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`,

      `CREATE TABLE organisations (
         id uuid PRIMARY KEY,
         name text NOT NULL,
         slug text NOT NULL UNIQUE,
         anonymity_threshold int NOT NULL DEFAULT 5 CHECK (anonymity_threshold BETWEEN 3 AND 10),
         settings jsonb NOT NULL DEFAULT '{}'::jsonb,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,

      `CREATE TABLE memberships (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         roles text[] NOT NULL CHECK (cardinality(roles) > 0),
         department text,
         team text,
         aggregate_consent boolean NOT NULL DEFAULT true,
         removed_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX memberships_org_user_key ON memberships (organisation_id, user_id)`,
      `CREATE INDEX memberships_user_idx ON memberships (user_id)`,

      `CREATE TABLE invitations (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         email text NOT NULL,
         roles text[] NOT NULL,
         department text,
         team text,
         token_hash text NOT NULL,
         invited_by_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         expires_at timestamptz NOT NULL,
         accepted_at timestamptz,
         revoked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX invitations_org_token_key ON invitations (organisation_id, token_hash)`,
      `CREATE INDEX invitations_org_expiry_idx ON invitations (organisation_id, expires_at) WHERE accepted_at IS NULL AND revoked_at IS NULL`,

      // Transactional outbox: a job is recorded in the transaction of the change that needs it.
      `CREATE TABLE outbox_jobs (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         job_name text NOT NULL,
         job_id text NOT NULL,
         payload jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         dispatched_at timestamptz
       )`,
      `CREATE INDEX outbox_jobs_org_pending_idx ON outbox_jobs (organisation_id, created_at) WHERE dispatched_at IS NULL`,
      `CREATE INDEX outbox_jobs_pending_idx ON outbox_jobs (created_at) WHERE dispatched_at IS NULL`,

      ...enableTenantIsolation('memberships'),
      // A user reads their own memberships in every organisation (login, switching organisation).
      `CREATE POLICY memberships_own ON memberships FOR SELECT USING (user_id = app_current_user())`,
      ...enableTenantIsolation('invitations'),
      `CREATE POLICY invitations_housekeeping_read ON invitations FOR SELECT USING (app_is_system())`,
      `CREATE POLICY invitations_housekeeping_expire ON invitations FOR UPDATE USING (app_is_system()) WITH CHECK (app_is_system())`,
      ...enableTenantIsolation('outbox_jobs'),
      `CREATE POLICY outbox_jobs_relay_read ON outbox_jobs FOR SELECT USING (app_is_system())`,
      `CREATE POLICY outbox_jobs_relay_mark ON outbox_jobs FOR UPDATE USING (app_is_system()) WITH CHECK (app_is_system())`,

      `ALTER TABLE organisations ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE organisations FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY organisations_tenant ON organisations USING (id = app_current_organisation()) WITH CHECK (id = app_current_organisation())`,
      `CREATE POLICY organisations_member ON organisations FOR SELECT USING (
         EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = organisations.id AND m.user_id = app_current_user() AND m.removed_at IS NULL))`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['outbox_jobs', 'invitations', 'memberships', 'organisations', 'refresh_tokens', 'users']) {
      await db.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await db.query(`DROP FUNCTION IF EXISTS app_current_organisation(), app_current_user(), app_is_system()`);
  }
}
