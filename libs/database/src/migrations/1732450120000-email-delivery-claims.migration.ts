import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emails are sent outside any transaction: a delivery is claimed (and committed) first, sent, and
 * then recorded sent. A claim older than its lease whose email was never recorded sent is taken
 * again by the next delivery of the job. Rows from before were all sent when they were written.
 */
export class EmailDeliveryClaims1732450120000 implements MigrationInterface {
  name = 'EmailDeliveryClaims1732450120000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_deliveries
      ADD COLUMN claimed_at timestamptz,
      ADD COLUMN attempts int NOT NULL DEFAULT 0,
      ALTER COLUMN sent_at DROP NOT NULL,
      ALTER COLUMN sent_at DROP DEFAULT`);
    await db.query(`ALTER TABLE password_resets ADD COLUMN email_claimed_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE password_resets DROP COLUMN email_claimed_at`);
    await db.query(`DELETE FROM email_deliveries WHERE sent_at IS NULL`);
    await db.query(
      `ALTER TABLE email_deliveries DROP COLUMN claimed_at, DROP COLUMN attempts, ALTER COLUMN sent_at SET DEFAULT now(), ALTER COLUMN sent_at SET NOT NULL`,
    );
  }
}
