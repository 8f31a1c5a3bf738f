import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Items a participant added by hand are theirs: regenerating a plan keeps them. */
export class ActionItemSource1732450070000 implements MigrationInterface {
  name = 'ActionItemSource1732450070000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE action_items ADD COLUMN source text NOT NULL DEFAULT 'GENERATED' CHECK (source IN ('GENERATED', 'MANUAL'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE action_items DROP COLUMN source`);
  }
}
