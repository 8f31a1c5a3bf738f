import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '#database/entities';
import type { WebhookEventType } from '#jobs';

/** Where an organisation wants its events sent. The signing secret never leaves the server after it is shown once. */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity extends TenantEntity {
  @Column('text')
  url: string;

  @Column('text', { array: true })
  events: WebhookEventType[];

  @Column('boolean')
  enabled: boolean;

  @Column('text', { name: 'signing_secret' })
  signingSecret: string;

  /** Failed attempts since the last success; reaching the configured limit disables the endpoint. */
  @Column('int', { name: 'consecutive_failures' })
  consecutiveFailures: number;

  @Column('text', { name: 'disabled_reason', nullable: true })
  disabledReason: string | null;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @Column('uuid', { name: 'created_by_membership_id', nullable: true })
  createdByMembershipId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
