import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from './tenant-table.sql.js';

const TABLES = ['webhook_delivery_attempts', 'webhook_deliveries', 'webhook_endpoints'];

/**
 * Outbound webhooks: an organisation's endpoints, one delivery per event and endpoint, and one
 * row per attempt. Keys lead with organisation_id like every tenant table. The schedulers emit
 * events in SYSTEM scope, so they may write (never read) outbox rows of any organisation and read
 * which endpoints listen; the delivery sweep reads pending deliveries across organisations.
 */
export class Webhooks1732450130000 implements MigrationInterface {
  name = 'Webhooks1732450130000';

  async up(db: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE webhook_endpoints (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         url text NOT NULL CHECK (length(url) <= 500),
         events text[] NOT NULL CHECK (cardinality(events) > 0),
         enabled boolean NOT NULL DEFAULT true,
         signing_secret text NOT NULL,
         consecutive_failures int NOT NULL DEFAULT 0,
         disabled_reason text,
         disabled_at timestamptz,
         created_by_membership_id uuid REFERENCES memberships(id) ON DELETE SET NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT webhook_endpoints_org_id_key UNIQUE (organisation_id, id)
       )`,
      `CREATE INDEX webhook_endpoints_org_created_idx ON webhook_endpoints (organisation_id, created_at)`,
      `CREATE TABLE webhook_deliveries (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         endpoint_id uuid NOT NULL,
         event_id uuid NOT NULL,
         event_type text NOT NULL,
         payload jsonb NOT NULL,
         status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
         attempts int NOT NULL DEFAULT 0,
         next_attempt_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         finished_at timestamptz,
         CONSTRAINT webhook_deliveries_org_id_key UNIQUE (organisation_id, id),
         CONSTRAINT webhook_deliveries_endpoint_fkey FOREIGN KEY (organisation_id, endpoint_id)
           REFERENCES webhook_endpoints (organisation_id, id) ON DELETE CASCADE
       )`,
      `CREATE UNIQUE INDEX webhook_deliveries_org_endpoint_event_key ON webhook_deliveries (organisation_id, endpoint_id, event_id)`,
      `CREATE INDEX webhook_deliveries_org_event_idx ON webhook_deliveries (organisation_id, event_id)`,
      `CREATE TABLE webhook_delivery_attempts (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
         delivery_id uuid NOT NULL,
         endpoint_id uuid NOT NULL,
         attempt int NOT NULL CHECK (attempt > 0),
         succeeded boolean NOT NULL,
         status_code int,
         duration_ms int NOT NULL,
         error text,
         attempted_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT webhook_delivery_attempts_delivery_fkey FOREIGN KEY (organisation_id, delivery_id)
           REFERENCES webhook_deliveries (organisation_id, id) ON DELETE CASCADE
       )`,
      `CREATE UNIQUE INDEX webhook_delivery_attempts_org_delivery_attempt_key ON webhook_delivery_attempts (organisation_id, delivery_id, attempt)`,
      `CREATE INDEX webhook_delivery_attempts_org_endpoint_idx ON webhook_delivery_attempts (organisation_id, endpoint_id, attempted_at DESC)`,
      // The sweep finds deliveries whose next attempt is overdue, across organisations.
      `CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries ((coalesce(next_attempt_at, created_at))) WHERE status = 'PENDING'`,
      ...TABLES.flatMap((table) => enableTenantIsolation(table)),
      `CREATE POLICY webhook_deliveries_sweep_read ON webhook_deliveries FOR SELECT USING (app_is_system())`,
      // The schedulers emit only for organisations with an endpoint listening.
      `CREATE POLICY webhook_endpoints_scheduler_read ON webhook_endpoints FOR SELECT USING (app_is_system())`,
      `CREATE POLICY outbox_jobs_system_insert ON outbox_jobs FOR INSERT WITH CHECK (app_is_system())`,
    ];
    for (const sql of statements) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP POLICY IF EXISTS outbox_jobs_system_insert ON outbox_jobs`);
    for (const table of TABLES) {
      for (const sql of disableTenantIsolation(table)) await db.query(sql);
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
