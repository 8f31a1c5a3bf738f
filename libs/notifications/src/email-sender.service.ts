import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { type EmailMessage, MailTransport, SEND_LEASE_SECONDS } from './mail-transport.service.js';

/** How often a delivery that finds another one sending looks again. */
const WAIT_STEP_MS = 2_000;

type Claim = { claimed: string } | 'sent' | 'busy';

/**
 * Sends an email once per dedupe key, at least once, holding no database connection, transaction
 * or lock while the mail server is talked to:
 * 1. claim: the delivery row is inserted (or, if a claim older than the send lease was never
 *    recorded sent, taken again) and COMMITTED, together with whatever the job did before;
 * 2. send, with the request's connection back in the pool;
 * 3. record the message id and sent time, committed at once.
 * A re-delivered job finds the row sent and sends nothing. A failed send gives its claim up, so
 * the job's retry sends. A crash between claim and record leaves a claim that the job's next
 * delivery waits out (the lease is longer than any send can take) and then sends: the email is
 * then sent twice only if the crash came after the mail server accepted it and before the record,
 * and both copies carry the same Message-ID, derived from the key. At-least-once was chosen over
 * at-most-once because a lost invitation, summary or reminder costs more than a rare duplicate.
 */
@Injectable()
export class EmailSender {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transport: MailTransport,
  ) {}

  get publicAppUrl(): string {
    return this.transport.publicAppUrl;
  }

  async sendOnce(organisationId: string, dedupeKey: string, message: EmailMessage): Promise<'sent' | 'duplicate'> {
    for (;;) {
      const claim = await this.claim(organisationId, dedupeKey);
      if (claim === 'sent') return 'duplicate';
      if (claim !== 'busy') return this.deliver(claim.claimed, { ...message, messageId: messageIdFor(organisationId, dedupeKey) });
      // Another delivery of the same email is sending it: wait for its record or for its lease to lapse.
      await this.db.releaseDuring(() => sleep(WAIT_STEP_MS));
    }
  }

  private async claim(organisationId: string, dedupeKey: string): Promise<Claim> {
    const [row] = await this.db.query<{ id: string; claimed: boolean; sent: boolean }>(
      `WITH claimed AS (
         INSERT INTO email_deliveries (organisation_id, dedupe_key, claimed_at, attempts) VALUES ($1, $2, clock_timestamp(), 1)
         ON CONFLICT (organisation_id, dedupe_key) DO UPDATE SET claimed_at = clock_timestamp(), attempts = email_deliveries.attempts + 1
          WHERE email_deliveries.sent_at IS NULL
            AND (email_deliveries.claimed_at IS NULL OR email_deliveries.claimed_at < clock_timestamp() - make_interval(secs => $3))
         RETURNING id)
       SELECT id, true AS claimed, false AS sent FROM claimed
       UNION ALL
       SELECT d.id, false, d.sent_at IS NOT NULL FROM email_deliveries d
        WHERE d.organisation_id = $1 AND d.dedupe_key = $2 AND NOT EXISTS (SELECT 1 FROM claimed)`,
      [organisationId, dedupeKey, SEND_LEASE_SECONDS],
    );
    if (row?.claimed) return { claimed: row.id };
    return row?.sent ? 'sent' : 'busy';
  }

  private async deliver(deliveryId: string, message: EmailMessage): Promise<'sent'> {
    let messageId: string;
    try {
      // Commits the claim (and the job's work so far); the send holds no connection.
      messageId = await this.db.releaseDuring(() => this.transport.send(message));
    } catch (error) {
      // Given up at once, so that the job's retry sends without waiting for the lease.
      await this.record(`UPDATE email_deliveries SET claimed_at = NULL WHERE id = $1 AND sent_at IS NULL`, [deliveryId]).catch(
        () => undefined,
      );
      throw error;
    }
    await this.record(`UPDATE email_deliveries SET sent_at = clock_timestamp(), message_id = $2 WHERE id = $1`, [deliveryId, messageId]);
    return 'sent';
  }

  /** Committed at once, whatever the job does next; the job goes on in a new, open transaction. */
  private async record(statement: string, values: unknown[]): Promise<void> {
    await this.db.query(statement, values);
    await this.db.commitNow();
  }
}

/** The same Message-ID for every send of one email, so that a duplicate is recognisable as one. */
function messageIdFor(organisationId: string, dedupeKey: string): string {
  return `<${createHash('sha256').update(`${organisationId}\u0000${dedupeKey}`).digest('hex').slice(0, 32)}@waypoint.email>`;
}
