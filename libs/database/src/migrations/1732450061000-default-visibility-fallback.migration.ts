import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session asked to start SHARED_WITH_COACHES (its template's default) with nobody to share it
 * with, or whose owner already revoked its shares, is stored PRIVATE from the start: decided
 * before the row is written, so that the writer's RETURNING already says PRIVATE. (The AFTER
 * trigger of 1732450060000 then shares it with the owner's current coaches, if any.)
 */
export class DefaultVisibilityFallback1732450061000 implements MigrationInterface {
  name = 'DefaultVisibilityFallback1732450061000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION reflection_sessions_visibility_fallback() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT EXISTS (SELECT 1 FROM session_shares s WHERE s.organisation_id = NEW.organisation_id AND s.session_id = NEW.id AND s.revoked_at IS NULL)
            AND (EXISTS (SELECT 1 FROM session_shares s WHERE s.organisation_id = NEW.organisation_id AND s.session_id = NEW.id)
                 OR NOT EXISTS (
                   SELECT 1 FROM coaching_relationships c
                     JOIN memberships m ON m.organisation_id = c.organisation_id AND m.id = c.coach_membership_id AND m.removed_at IS NULL
                    WHERE c.organisation_id = NEW.organisation_id AND c.participant_membership_id = NEW.participant_membership_id AND c.ended_at IS NULL)) THEN
           NEW.visibility := 'PRIVATE';
         END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER reflection_sessions_visibility_fallback BEFORE INSERT OR UPDATE OF visibility, status ON reflection_sessions
         FOR EACH ROW WHEN (NEW.visibility = 'SHARED_WITH_COACHES') EXECUTE FUNCTION reflection_sessions_visibility_fallback()`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS reflection_sessions_visibility_fallback ON reflection_sessions`);
    await db.query(`DROP FUNCTION IF EXISTS reflection_sessions_visibility_fallback()`);
  }
}
