import { Column, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/**
 * One row per email that must go out once (invitation, summary, reminder): claimed before the
 * send, recorded sent after it (see EmailSender).
 */
@Entity('email_deliveries')
export class EmailDeliveryEntity extends TenantEntity {
  @Column('text', { name: 'dedupe_key' })
  dedupeKey: string;

  @Column('text', { name: 'message_id', nullable: true })
  messageId: string | null;

  /** When a delivery last took it; a claim older than the lease, never sent, is taken again. */
  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt: Date | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
