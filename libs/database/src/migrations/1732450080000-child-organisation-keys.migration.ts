import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The parts of a reflection: each already references its parent by (organisation_id, id). */
const CHILDREN = [
  'session_turns',
  'session_shares',
  'access_log',
  'reflection_summaries',
  'action_plans',
  'session_reminders',
  'action_items',
  'action_item_comments',
];

/**
 * A part of a reflection reaches its organisation through its parent's tenant-scoped key, which
 * cascades from the organisation down: its own key to `organisations` checked nothing more, and
 * cost a lookup on every insert (two per answer). Deletes cascade exactly as before.
 */
export class ChildOrganisationKeys1732450080000 implements MigrationInterface {
  name = 'ChildOrganisationKeys1732450080000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of CHILDREN) await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_organisation_id_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of CHILDREN) {
      await db.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE`,
      );
    }
  }
}
