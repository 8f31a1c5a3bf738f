import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVE_SHARE = `EXISTS (SELECT 1 FROM session_shares s WHERE s.organisation_id = r.organisation_id AND s.session_id = r.id AND s.revoked_at IS NULL)`;
const TABLES = ['reflection_sessions', 'session_shares', 'coaching_relationships', 'memberships'];

/**
 * Keeps share grants and `reflection_sessions.visibility` consistent whoever writes them:
 * - visibility is SHARED_WITH_COACHES exactly while the session has an active share;
 * - a session that starts SHARED_WITH_COACHES (its template's default) is shared with the owner's
 *   current coaches, once; with no coach to share with it falls back to PRIVATE;
 * - ending a coaching relationship, or removing a member, revokes the shares it carried, so a later
 *   relationship between the same people never revives an old grant.
 * The triggers run as the caller, under row-level security: they only ever see the tenant's rows.
 */
export class ShareConsistency1732450060000 implements MigrationInterface {
  name = 'ShareConsistency1732450060000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION sync_session_visibility(org uuid, session uuid) RETURNS void LANGUAGE sql AS $$
         UPDATE reflection_sessions r
            SET visibility = CASE WHEN ${ACTIVE_SHARE} THEN 'SHARED_WITH_COACHES' ELSE 'PRIVATE' END
          WHERE r.organisation_id = org AND r.id = session
            AND r.visibility IS DISTINCT FROM (CASE WHEN ${ACTIVE_SHARE} THEN 'SHARED_WITH_COACHES' ELSE 'PRIVATE' END)
       $$`,

      `CREATE FUNCTION session_shares_sync_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           PERFORM sync_session_visibility(OLD.organisation_id, OLD.session_id);
         ELSE
           PERFORM sync_session_visibility(NEW.organisation_id, NEW.session_id);
         END IF;
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER session_shares_visibility AFTER INSERT OR UPDATE OF revoked_at OR DELETE ON session_shares
         FOR EACH ROW EXECUTE FUNCTION session_shares_sync_visibility()`,

      // Only the first time: once the owner has shared or revoked, nothing is ever re-shared implicitly.
      `CREATE FUNCTION reflection_sessions_default_shares() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT EXISTS (SELECT 1 FROM session_shares s WHERE s.organisation_id = NEW.organisation_id AND s.session_id = NEW.id) THEN
           INSERT INTO session_shares (organisation_id, session_id, coach_membership_id)
           SELECT NEW.organisation_id, NEW.id, c.coach_membership_id
             FROM coaching_relationships c
             JOIN memberships m ON m.organisation_id = c.organisation_id AND m.id = c.coach_membership_id AND m.removed_at IS NULL
            WHERE c.organisation_id = NEW.organisation_id AND c.participant_membership_id = NEW.participant_membership_id AND c.ended_at IS NULL
           ON CONFLICT DO NOTHING;
         END IF;
         PERFORM sync_session_visibility(NEW.organisation_id, NEW.id);
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER reflection_sessions_default_shares AFTER INSERT OR UPDATE OF visibility, status ON reflection_sessions
         FOR EACH ROW WHEN (NEW.visibility = 'SHARED_WITH_COACHES') EXECUTE FUNCTION reflection_sessions_default_shares()`,

      `CREATE FUNCTION coaching_relationships_revoke_shares() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE session_shares s SET revoked_at = NEW.ended_at
           FROM reflection_sessions r
          WHERE s.organisation_id = NEW.organisation_id AND s.coach_membership_id = NEW.coach_membership_id AND s.revoked_at IS NULL
            AND r.organisation_id = s.organisation_id AND r.id = s.session_id AND r.participant_membership_id = NEW.participant_membership_id;
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER coaching_relationships_revoke_shares AFTER UPDATE OF ended_at ON coaching_relationships
         FOR EACH ROW WHEN (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL) EXECUTE FUNCTION coaching_relationships_revoke_shares()`,

      `CREATE FUNCTION memberships_revoke_shares() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE session_shares s SET revoked_at = NEW.removed_at
          WHERE s.organisation_id = NEW.organisation_id AND s.revoked_at IS NULL
            AND (s.coach_membership_id = NEW.id
                 OR s.session_id IN (SELECT r.id FROM reflection_sessions r WHERE r.organisation_id = NEW.organisation_id AND r.participant_membership_id = NEW.id));
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER memberships_revoke_shares AFTER UPDATE OF removed_at ON memberships
         FOR EACH ROW WHEN (OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL) EXECUTE FUNCTION memberships_revoke_shares()`,

      // Existing rows, across tenants: the migration owner reads past row-level security meanwhile.
      ...TABLES.map((table) => `ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`),
      `UPDATE session_shares s SET revoked_at = c.ended_at
         FROM reflection_sessions r, coaching_relationships c
        WHERE s.revoked_at IS NULL AND r.organisation_id = s.organisation_id AND r.id = s.session_id
          AND c.organisation_id = s.organisation_id AND c.coach_membership_id = s.coach_membership_id
          AND c.participant_membership_id = r.participant_membership_id AND c.ended_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM coaching_relationships a
                           WHERE a.organisation_id = c.organisation_id AND a.coach_membership_id = c.coach_membership_id
                             AND a.participant_membership_id = c.participant_membership_id AND a.ended_at IS NULL)`,
      `UPDATE reflection_sessions r SET visibility = CASE WHEN ${ACTIVE_SHARE} THEN 'SHARED_WITH_COACHES' ELSE 'PRIVATE' END
        WHERE r.visibility IS DISTINCT FROM (CASE WHEN ${ACTIVE_SHARE} THEN 'SHARED_WITH_COACHES' ELSE 'PRIVATE' END)`,
      ...TABLES.map((table) => `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER IF EXISTS memberships_revoke_shares ON memberships`,
      `DROP TRIGGER IF EXISTS coaching_relationships_revoke_shares ON coaching_relationships`,
      `DROP TRIGGER IF EXISTS reflection_sessions_default_shares ON reflection_sessions`,
      `DROP TRIGGER IF EXISTS session_shares_visibility ON session_shares`,
      `DROP FUNCTION IF EXISTS memberships_revoke_shares(), coaching_relationships_revoke_shares(), reflection_sessions_default_shares(),
         session_shares_sync_visibility(), sync_session_visibility(uuid, uuid)`,
    ];
    for (const sql of statements) await db.query(sql);
  }
}
