import { describe, expect, it } from '@jest/globals';
import { asTenant, connect, createOrganisation } from '#testing';

const TENANT_TABLES = ['memberships', 'invitations', 'outbox_jobs', 'email_deliveries', 'organisations'];

describe('row-level security as the runtime role', () => {
  it('shows zero rows of any tenant table when no tenant is set, and only the scoped tenant otherwise', async () => {
    const [a, b] = await Promise.all([createOrganisation(), createOrganisation()]);
    await a.addMember(['PARTICIPANT']);

    await asTenant(null, async (db) => {
      for (const table of TENANT_TABLES) {
        expect({ table, rows: (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n }).toEqual({ table, rows: 0 });
      }
    });
    await asTenant(b.id, async (db) => {
      const { rows } = await db.query(`SELECT DISTINCT organisation_id FROM memberships`);
      expect(rows).toEqual([{ organisation_id: b.id }]);
      expect((await db.query(`SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1`, [a.id])).rows[0].n).toBe(0);
      // Writing into another tenant is refused by the policy's WITH CHECK.
      await expect(
        db.query(`UPDATE organisations SET name = 'hijacked' WHERE id = $1 RETURNING id`, [a.id]).then((r) => r.rowCount),
      ).resolves.toBe(0);
      await expect(
        db.query(`INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, '{ORG_ADMIN}')`, [a.id, b.admin.userId]),
      ).rejects.toThrow(/row-level security/);
    });
  });

  it('cannot bypass row-level security', async () => {
    const db = await connect('app');
    try {
      const { rows } = await db.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
      const owned = await db.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
      expect(owned.rows[0].n).toBe(0);
      await expect(db.query(`ALTER TABLE memberships DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/must be owner/);
      await expect(db.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied/);
      await db.query(`SET row_security = off`);
      await expect(db.query(`SELECT * FROM memberships`)).rejects.toThrow(/row-level security/);
    } finally {
      await db.end();
    }
  });
});
