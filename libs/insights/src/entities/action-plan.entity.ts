import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import type { JobState } from '#common';
import { TenantEntity } from '#database/entities';

/** The development plan of one session (at most one per session); its items are `ActionItemEntity`. */
@Entity('action_plans')
export class ActionPlanEntity extends TenantEntity {
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('text')
  state: JobState;

  @Column('text', { nullable: true })
  error: string | null;

  /** Latest generation request: a stale or re-delivered job for an older request writes nothing. */
  @Column('uuid', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('text', { nullable: true })
  provider: string | null;

  @Column('text', { nullable: true })
  model: string | null;

  @Column('text', { name: 'prompt_version', nullable: true })
  promptVersion: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
