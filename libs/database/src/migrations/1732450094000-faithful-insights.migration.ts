import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Text arrays that become claims citing turns ({ text, turnIds }); earlier rows cite none. */
const CLAIM_COLUMNS = ['opportunities', 'suggested_actions'];

/**
 * Insights that cite what was said: opportunities and suggested actions become sourced claims;
 * summaries keep the participant's commitments and the turn of their own rating; action items
 * cite their source turns and say whether they are a commitment in the participant's words.
 * The strain note of a distress exchange gets a table of its own that only its owner (or a
 * worker, which acts for no user) can read, whatever a query asks for.
 */
export class FaithfulInsights1732450094000 implements MigrationInterface {
  name = 'FaithfulInsights1732450094000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      ...CLAIM_COLUMNS.flatMap((column) => [
        `ALTER TABLE reflection_summaries ADD COLUMN ${column}_claims jsonb NOT NULL DEFAULT '[]'::jsonb`,
        `UPDATE reflection_summaries SET ${column}_claims = (
           SELECT coalesce(jsonb_agg(jsonb_build_object('text', item, 'turnIds', '[]'::jsonb)), '[]'::jsonb) FROM unnest(${column}) AS item)`,
        `ALTER TABLE reflection_summaries DROP COLUMN ${column}`,
        `ALTER TABLE reflection_summaries RENAME COLUMN ${column}_claims TO ${column}`,
      ]),
      `ALTER TABLE reflection_summaries ADD COLUMN commitments jsonb NOT NULL DEFAULT '[]'::jsonb, ADD COLUMN satisfaction_turn_id uuid`,
      `ALTER TABLE action_items ADD COLUMN source_turn_ids uuid[] NOT NULL DEFAULT '{}', ADD COLUMN from_commitment boolean NOT NULL DEFAULT false`,
      `CREATE TABLE strain_notes (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         session_id uuid NOT NULL,
         participant_membership_id uuid NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
         acknowledgement text NOT NULL,
         turn_ids uuid[] NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         FOREIGN KEY (organisation_id, session_id) REFERENCES reflection_sessions (organisation_id, id) ON DELETE CASCADE
       )`,
      `CREATE UNIQUE INDEX strain_notes_org_session_key ON strain_notes (organisation_id, session_id)`,
      `ALTER TABLE strain_notes ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE strain_notes FORCE ROW LEVEL SECURITY`,
      // The tenant, and within it the owner alone when a user is acting (api requests always name one).
      `CREATE POLICY strain_notes_owner ON strain_notes
         USING (organisation_id = app_current_organisation() AND (app_current_user() IS NULL OR EXISTS (
           SELECT 1 FROM memberships m WHERE m.organisation_id = strain_notes.organisation_id AND m.id = strain_notes.participant_membership_id AND m.user_id = app_current_user())))
         WITH CHECK (organisation_id = app_current_organisation() AND app_current_user() IS NULL)`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE strain_notes`);
    await db.query(`ALTER TABLE action_items DROP COLUMN source_turn_ids, DROP COLUMN from_commitment`);
    await db.query(`ALTER TABLE reflection_summaries DROP COLUMN commitments, DROP COLUMN satisfaction_turn_id`);
    for (const column of CLAIM_COLUMNS) {
      await db.query(`ALTER TABLE reflection_summaries ADD COLUMN ${column}_texts text[] NOT NULL DEFAULT '{}'`);
      await db.query(
        `UPDATE reflection_summaries SET ${column}_texts = ARRAY(SELECT c ->> 'text' FROM jsonb_array_elements(${column}) AS c)`,
      );
      await db.query(`ALTER TABLE reflection_summaries DROP COLUMN ${column}`);
      await db.query(`ALTER TABLE reflection_summaries RENAME COLUMN ${column}_texts TO ${column}`);
    }
  }
}
