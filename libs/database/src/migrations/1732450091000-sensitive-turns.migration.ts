import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks the turns of a distress exchange (the answer that showed distress, the support turn and
 * the reply to it). They belong to the participant alone: never shown to a coach, summarised into
 * themes or scores, or sent by email. Earlier exchanges are found by their support question refs.
 */
export class SensitiveTurns1732450091000 implements MigrationInterface {
  name = 'SensitiveTurns1732450091000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE session_turns ADD COLUMN sensitive boolean NOT NULL DEFAULT false`);
    await db.query(
      `UPDATE session_turns t SET sensitive = true
         FROM session_turns s
        WHERE s.organisation_id = t.organisation_id AND s.session_id = t.session_id AND s.question_ref LIKE 'support:%'
          AND t.seq BETWEEN s.seq - 1 AND s.seq + 1`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE session_turns DROP COLUMN sensitive`);
  }
}
