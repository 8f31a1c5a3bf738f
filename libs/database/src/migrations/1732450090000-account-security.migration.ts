import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts behind row-level security, login sessions and password resets.
 *
 * `users` and `refresh_tokens` were readable by the runtime role with no scope at all. Now a user
 * row is visible to the user themself, to members of the current organisation, and to a sign-in
 * or sign-up that names its email (`app.account_email`, set by the identity service for that one
 * lookup); a refresh token to its user, and to the request that presents it
 * (`app.refresh_token_hash`: whoever holds the token). A login session is one device's refresh
 * token family: access tokens carry its id and stop working the moment it is revoked.
 */
export class AccountSecurity1732450090000 implements MigrationInterface {
  name = 'AccountSecurity1732450090000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION app_account_email() RETURNS text LANGUAGE sql STABLE AS
         $$ SELECT NULLIF(current_setting('app.account_email', true), '') $$`,
      `CREATE FUNCTION app_presented_refresh_token() RETURNS text LANGUAGE sql STABLE AS
         $$ SELECT NULLIF(current_setting('app.refresh_token_hash', true), '') $$`,

      `CREATE TABLE login_sessions (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         created_at timestamptz NOT NULL DEFAULT now(),
         last_used_at timestamptz NOT NULL DEFAULT now(),
         revoked_at timestamptz
       )`,
      `CREATE INDEX login_sessions_user_idx ON login_sessions (user_id, last_used_at)`,
      // Every existing refresh token family becomes a session (revoked if any of its tokens was).
      `INSERT INTO login_sessions (id, user_id, created_at, last_used_at, revoked_at)
         SELECT family_id, (array_agg(user_id))[1], min(created_at), max(created_at), max(revoked_at)
           FROM refresh_tokens GROUP BY family_id`,
      `ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_session_fkey FOREIGN KEY (family_id) REFERENCES login_sessions (id) ON DELETE CASCADE`,
      `CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`,

      `CREATE TABLE password_resets (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         created_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL,
         emailed_at timestamptz,
         used_at timestamptz
       )`,
      `CREATE INDEX password_resets_user_idx ON password_resets (user_id)`,
      `CREATE INDEX password_resets_unsent_idx ON password_resets (created_at) WHERE emailed_at IS NULL AND used_at IS NULL`,

      `ALTER TABLE users ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE users FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY users_self ON users USING (id = app_current_user()) WITH CHECK (id = app_current_user())`,
      `CREATE POLICY users_account ON users USING (lower(email) = app_account_email()) WITH CHECK (lower(email) = app_account_email())`,
      `CREATE POLICY users_member ON users FOR SELECT USING (
         EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.organisation_id = app_current_organisation()))`,

      `ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE refresh_tokens FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY refresh_tokens_own ON refresh_tokens USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`,
      `CREATE POLICY refresh_tokens_presented ON refresh_tokens FOR SELECT USING (token_hash = app_presented_refresh_token())`,

      `ALTER TABLE login_sessions ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE login_sessions FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY login_sessions_own ON login_sessions USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`,

      `ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE password_resets FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY password_resets_own ON password_resets USING (user_id = app_current_user()) WITH CHECK (user_id = app_current_user())`,
      // The mail sweep finds reset emails that were never sent (Redis was down when they were asked for).
      `CREATE POLICY password_resets_housekeeping ON password_resets FOR SELECT USING (app_is_system())`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE password_resets`,
      `ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_session_fkey`,
      `DROP INDEX refresh_tokens_user_idx`,
      `DROP TABLE login_sessions`,
      `DROP POLICY refresh_tokens_own ON refresh_tokens`,
      `DROP POLICY refresh_tokens_presented ON refresh_tokens`,
      `ALTER TABLE refresh_tokens NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE refresh_tokens DISABLE ROW LEVEL SECURITY`,
      `DROP POLICY users_self ON users`,
      `DROP POLICY users_account ON users`,
      `DROP POLICY users_member ON users`,
      `ALTER TABLE users NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE users DISABLE ROW LEVEL SECURITY`,
      `DROP FUNCTION app_account_email(), app_presented_refresh_token()`,
    ];
    for (const sql of statements) await db.query(sql);
  }
}
