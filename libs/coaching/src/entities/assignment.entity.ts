import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';
import type { Cadence } from '../schedules/cadence.types.js';

@Entity('assignments')
export class AssignmentEntity extends TenantEntity {
  @Column('uuid', { name: 'template_id' })
  templateId: string;

  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('uuid', { name: 'assigned_by_membership_id', nullable: true })
  assignedByMembershipId: string | null;

  @Column('text')
  cadence: Cadence;

  @Column('text', { nullable: true })
  rrule: string | null;

  /** IANA zone: due dates keep their local wall-clock time across daylight-saving changes. */
  @Column('text')
  timezone: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  /** How long a due session stays open before it expires. */
  @Column('int', { name: 'window_days', default: 14 })
  windowDays: number;

  @Column('timestamptz', { name: 'next_due_at', nullable: true })
  nextDueAt: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  /** The participant postponed the reminders of this one due date until `reminderSnoozedUntil`. */
  @Column('timestamptz', { name: 'reminder_snoozed_due_at', nullable: true })
  reminderSnoozedDueAt: Date | null;

  @Column('timestamptz', { name: 'reminder_snoozed_until', nullable: true })
  reminderSnoozedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
