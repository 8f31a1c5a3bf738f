import type { MigrationInterface, QueryRunner } from 'typeorm';

const UNSOURCED = `'$[*] ? (!(@.turnIds.type() == "array" && @.turnIds.size() > 0))'`;
const sourced = (column: string) => `jsonb_typeof(${column}) = 'array' AND NOT jsonb_path_exists(${column}, ${UNSOURCED})`;

/**
 * A summary claim without a source cannot be stored, whatever the code path: every strength, gap
 * and theme must cite at least one turn, and every cited turn must be a participant turn of the
 * summary's own session. A score always says where it comes from.
 */
export class SummarySources1732450030000 implements MigrationInterface {
  name = 'SummarySources1732450030000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE reflection_summaries ADD CONSTRAINT reflection_summaries_claims_sourced
         CHECK (${sourced('strengths')} AND ${sourced('gaps')} AND ${sourced('themes')})`,
      `ALTER TABLE reflection_summaries ADD CONSTRAINT reflection_summaries_score_source
         CHECK ((satisfaction_score IS NULL) = (satisfaction_source IS NULL))`,
      // Runs as the caller, so the lookup sees only the tenant's own turns (row-level security).
      `CREATE FUNCTION reflection_summaries_check_sources() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         foreign_turns int;
       BEGIN
         SELECT count(*) INTO foreign_turns
           FROM (SELECT DISTINCT jsonb_array_elements_text(claim -> 'turnIds') AS turn_id
                   FROM jsonb_array_elements(NEW.strengths || NEW.gaps || NEW.themes) AS claim) cited
          WHERE NOT EXISTS (
                  SELECT 1 FROM session_turns t
                   WHERE t.organisation_id = NEW.organisation_id AND t.session_id = NEW.session_id
                     AND t.role = 'PARTICIPANT' AND t.id::text = cited.turn_id);
         IF foreign_turns > 0 THEN
           RAISE EXCEPTION 'summary cites % turn(s) that are not participant turns of its session', foreign_turns
             USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER reflection_summaries_sources BEFORE INSERT OR UPDATE OF strengths, gaps, themes ON reflection_summaries
         FOR EACH ROW EXECUTE FUNCTION reflection_summaries_check_sources()`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS reflection_summaries_sources ON reflection_summaries`);
    await db.query(`DROP FUNCTION IF EXISTS reflection_summaries_check_sources()`);
    await db.query(`ALTER TABLE reflection_summaries DROP CONSTRAINT IF EXISTS reflection_summaries_score_source`);
    await db.query(`ALTER TABLE reflection_summaries DROP CONSTRAINT IF EXISTS reflection_summaries_claims_sourced`);
  }
}
