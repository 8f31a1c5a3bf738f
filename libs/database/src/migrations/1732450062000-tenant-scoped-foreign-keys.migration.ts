import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Children of a reflection, by the column that points at their parent. */
const CHILDREN: Array<[table: string, column: string, parent: string]> = [
  ['session_turns', 'session_id', 'reflection_sessions'],
  ['session_shares', 'session_id', 'reflection_sessions'],
  ['access_log', 'session_id', 'reflection_sessions'],
  ['reflection_summaries', 'session_id', 'reflection_sessions'],
  ['action_plans', 'session_id', 'reflection_sessions'],
  ['session_reminders', 'session_id', 'reflection_sessions'],
  ['action_items', 'action_plan_id', 'action_plans'],
  ['action_item_comments', 'action_item_id', 'action_items'],
];
const PARENTS = ['reflection_sessions', 'action_plans', 'action_items'];

/**
 * The foreign keys inside a reflection include organisation_id, like every index: PostgreSQL's
 * cascade for each deleted parent row then finds its children through the (organisation_id, ...)
 * indexes instead of scanning the child table, so erasing a member's reflections costs what they
 * hold, not what the whole table holds. (Keys that include the tenant are also what a schema
 * distributed by organisation requires.) Same behaviour otherwise: ON DELETE CASCADE throughout.
 */
export class TenantScopedForeignKeys1732450062000 implements MigrationInterface {
  name = 'TenantScopedForeignKeys1732450062000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      ...PARENTS.flatMap((parent) => [
        `CREATE UNIQUE INDEX ${parent}_org_id_key ON ${parent} (organisation_id, id)`,
        `ALTER TABLE ${parent} ADD CONSTRAINT ${parent}_org_id_key UNIQUE USING INDEX ${parent}_org_id_key`,
      ]),
      // The only child without an index on (organisation_id, session_id) that covers revoked rows too.
      `CREATE INDEX session_shares_org_session_idx ON session_shares (organisation_id, session_id)`,
      ...CHILDREN.map(
        ([table, column, parent]) =>
          `ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_fkey,
             ADD CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (organisation_id, ${column}) REFERENCES ${parent} (organisation_id, id) ON DELETE CASCADE`,
      ),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    const statements = [
      ...CHILDREN.map(
        ([table, column, parent]) =>
          `ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_fkey,
             ADD CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (${column}) REFERENCES ${parent} (id) ON DELETE CASCADE`,
      ),
      `DROP INDEX session_shares_org_session_idx`,
      ...PARENTS.map((parent) => `ALTER TABLE ${parent} DROP CONSTRAINT ${parent}_org_id_key`),
    ];
    for (const sql of statements) await db.query(sql);
  }
}
