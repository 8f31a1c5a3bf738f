import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

export type WebhookDeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

/** One event for one endpoint, attempted until it succeeds, runs out of attempts, or the endpoint is disabled. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity extends TenantEntity {
  @Column('uuid', { name: 'endpoint_id' })
  endpointId: string;

  @Column('uuid', { name: 'event_id' })
  eventId: string;

  @Column('text', { name: 'event_type' })
  eventType: string;

  /** The body sent: ids, event type, organisation and time only. */
  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column('text')
  status: WebhookDeliveryStatus;

  @Column('int')
  attempts: number;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
