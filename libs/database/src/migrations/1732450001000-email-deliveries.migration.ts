import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-table.sql.js';

export class EmailDeliveries1732450001000 implements MigrationInterface {
  name = 'EmailDeliveries1732450001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE email_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      dedupe_key text NOT NULL,
      message_id text,
      sent_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE UNIQUE INDEX email_deliveries_org_key ON email_deliveries (organisation_id, dedupe_key)`);
    for (const sql of enableTenantIsolation('email_deliveries')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_deliveries`);
  }
}
