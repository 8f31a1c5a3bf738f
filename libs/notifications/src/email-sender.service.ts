import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { EmailDeliveryEntity } from './entities/email-delivery.entity.js';
import { MailTransport, type EmailMessage } from './mail-transport.service.js';

/**
 * Sends an email at most once per dedupe key: the delivery row is inserted first (unique key),
 * the message sent, and the row commits with the job's transaction. A re-delivered job finds the
 * row and sends nothing; a failed send rolls the row back so the retry sends it.
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
    const inserted = await this.db.manager.query(
      `INSERT INTO email_deliveries (organisation_id, dedupe_key) VALUES ($1, $2)
       ON CONFLICT (organisation_id, dedupe_key) DO NOTHING RETURNING id`,
      [organisationId, dedupeKey],
    );
    if (!inserted.length) return 'duplicate';
    const messageId = await this.transport.send(message);
    await this.db.repository(EmailDeliveryEntity).update({ id: inserted[0].id as string }, { messageId });
    return 'sent';
  }
}
