import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

/** One row per model call, per organisation: counts and timings only, never prompt or reply text. */
export class LlmUsage1732450010000 implements MigrationInterface {
  name = 'LlmUsage1732450010000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE llm_usage (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         provider text NOT NULL,
         model text NOT NULL,
         task text NOT NULL,
         prompt_version text NOT NULL,
         input_chars int NOT NULL DEFAULT 0 CHECK (input_chars >= 0),
         output_chars int NOT NULL DEFAULT 0 CHECK (output_chars >= 0),
         input_tokens int CHECK (input_tokens >= 0),
         output_tokens int CHECK (output_tokens >= 0),
         latency_ms int NOT NULL CHECK (latency_ms >= 0),
         outcome text NOT NULL CHECK (outcome IN ('ok', 'invalid_output', 'error', 'timeout')),
         attempts int NOT NULL DEFAULT 1 CHECK (attempts >= 0),
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX llm_usage_org_created_idx ON llm_usage (organisation_id, created_at)`,
      ...enableTenantIsolation('llm_usage'),
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE llm_usage`);
  }
}
