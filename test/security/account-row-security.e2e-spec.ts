import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { connect, createOrganisation } from '#testing';

// What this guards against: `users` (with password hashes) and `refresh_tokens` had no row-level
// security: the runtime role with no tenant set read every row.
const ACCOUNT_TABLES = ['users', 'refresh_tokens', 'login_sessions', 'password_resets'];

/** As the runtime role, in a transaction with these settings (rolled back afterwards). */
async function asApp<T>(settings: Record<string, string>, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = await connect('app');
  try {
    await db.query('BEGIN');
    for (const [name, value] of Object.entries(settings)) await db.query(`SELECT set_config($1, $2, true)`, [name, value]);
    return await work(db);
  } finally {
    await db.query('ROLLBACK').catch(() => undefined);
    await db.end();
  }
}

const ids = async (db: pg.Client, sql: string, params: unknown[] = []): Promise<string[]> =>
  (await db.query(sql, params)).rows.map((r) => r.id as string).sort();

describe('security: accounts and refresh tokens under row-level security', () => {
  it('shows no account row without a scope, members to their organisation, and a user their own', async () => {
    const [a, b] = await Promise.all([createOrganisation(), createOrganisation()]);
    const member = await a.addMember(['PARTICIPANT']);

    await asApp({}, async (db) => {
      for (const table of ACCOUNT_TABLES) {
        expect({ table, rows: (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n }).toEqual({ table, rows: 0 });
      }
    });
    // An organisation sees its own members' accounts, not another's, and no tokens at all.
    await asApp({ 'app.organisation_id': a.id }, async (db) => {
      expect(await ids(db, `SELECT id FROM users`)).toEqual([a.admin.userId, member.userId].sort());
      expect(await ids(db, `SELECT id FROM users WHERE id = $1`, [b.admin.userId])).toEqual([]);
      expect((await db.query(`SELECT count(*)::int AS n FROM refresh_tokens`)).rows[0].n).toBe(0);
      // Seeing a member's row is read-only.
      expect((await db.query(`UPDATE users SET display_name = 'hijacked' WHERE id = $1`, [member.userId])).rowCount).toBe(0);
    });
    // A user sees their own account, tokens and sessions only.
    await asApp({ 'app.user_id': member.userId }, async (db) => {
      expect(await ids(db, `SELECT id FROM users`)).toEqual([member.userId]);
      expect((await db.query(`SELECT DISTINCT user_id FROM refresh_tokens`)).rows).toEqual([{ user_id: member.userId }]);
      expect((await db.query(`SELECT DISTINCT user_id FROM login_sessions`)).rows).toEqual([{ user_id: member.userId }]);
    });
  });

  it('opens exactly one row to a lookup by email or by a presented refresh token', async () => {
    const org = await createOrganisation();
    const other = await org.addMember(['COACH']);
    await asApp({ 'app.account_email': org.admin.email.toLowerCase() }, async (db) => {
      expect(await ids(db, `SELECT id FROM users`)).toEqual([org.admin.userId]);
      expect((await db.query(`SELECT count(*)::int AS n FROM refresh_tokens`)).rows[0].n).toBe(0);
    });
    const hash = createHash('sha256').update(other.refreshToken).digest('hex');
    await asApp({ 'app.refresh_token_hash': hash }, async (db) => {
      expect((await db.query(`SELECT user_id FROM refresh_tokens`)).rows).toEqual([{ user_id: other.userId }]);
      expect((await db.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(0);
      // Presenting a token lets it be read, not changed.
      expect((await db.query(`UPDATE refresh_tokens SET used_at = now()`)).rowCount).toBe(0);
    });
  });
});
