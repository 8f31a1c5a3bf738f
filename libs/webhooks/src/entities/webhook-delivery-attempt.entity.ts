import { Column, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/** One HTTP request of a delivery, as the admin sees it in the delivery log. */
@Entity('webhook_delivery_attempts')
export class WebhookDeliveryAttemptEntity extends TenantEntity {
  @Column('uuid', { name: 'delivery_id' })
  deliveryId: string;

  @Column('uuid', { name: 'endpoint_id' })
  endpointId: string;

  @Column('int')
  attempt: number;

  @Column('boolean')
  succeeded: boolean;

  /** The receiver's HTTP status; null when no response came (timeout, refused, blocked address). */
  @Column('int', { name: 'status_code', nullable: true })
  statusCode: number | null;

  @Column('int', { name: 'duration_ms' })
  durationMs: number;

  @Column('text', { nullable: true })
  error: string | null;

  @Column('timestamptz', { name: 'attempted_at' })
  attemptedAt: Date;
}
