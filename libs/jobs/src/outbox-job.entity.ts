import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

@Entity('outbox_jobs')
export class OutboxJobEntity extends TenantEntity {
  @Column('text', { name: 'job_name' })
  jobName: string;

  /** Deterministic BullMQ job id: a re-dispatch of the same row never runs the job twice at once. */
  @Column('text', { name: 'job_id' })
  jobId: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'dispatched_at', nullable: true })
  dispatchedAt: Date | null;
}
