import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '#database/entities';
import type { ActionCategory, ActionStatus } from './action-enums.js';

@Entity('action_items')
export class ActionItemEntity extends TenantEntity {
  @Column('uuid', { name: 'action_plan_id' })
  actionPlanId: string;

  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('int')
  position: number;

  @Column('text')
  category: ActionCategory;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  rationale: string | null;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt: Date | null;

  @Column('text', { nullable: true })
  milestone: string | null;

  @Column('text', { name: 'success_metric', nullable: true })
  successMetric: string | null;

  @Column('text', { default: 'TODO' })
  status: ActionStatus;

  @Column('int', { default: 0 })
  progress: number;

  /** MANUAL items were added by the participant and survive a regeneration of the plan. */
  @Column('text', { default: 'GENERATED' })
  source: 'GENERATED' | 'MANUAL';

  /** A commitment the participant stated, kept in their words. */
  @Column('boolean', { name: 'from_commitment', default: false })
  fromCommitment: boolean;

  /** The participant turns the item responds to. */
  @Column('uuid', { name: 'source_turn_ids', array: true, default: '{}' })
  sourceTurnIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
