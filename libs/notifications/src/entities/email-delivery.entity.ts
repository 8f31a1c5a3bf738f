import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/** One row per email that must go out at most once (invitation, summary, reminder). */
@Entity('email_deliveries')
export class EmailDeliveryEntity extends TenantEntity {
  @Column('text', { name: 'dedupe_key' })
  dedupeKey: string;

  @Column('text', { name: 'message_id', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
