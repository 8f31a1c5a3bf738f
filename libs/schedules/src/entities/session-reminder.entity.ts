import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

export type ReminderKind = 'DUE' | 'CLOSING';
export type ReminderOutcome = 'SENT' | 'SKIPPED';

/**
 * One reminder of one due session: when it falls due, and another before its window closes.
 * Created with the session by the scheduler; `done_at` makes it happen once.
 */
@Entity('session_reminders')
export class SessionReminderEntity extends TenantEntity {
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @Column('text')
  kind: ReminderKind;

  @Column('timestamptz', { name: 'send_at' })
  sendAt: Date;

  /** Handed to the email queue; re-handed after an hour if it never completed. */
  @Column('timestamptz', { name: 'enqueued_at', nullable: true })
  enqueuedAt: Date | null;

  @Column('timestamptz', { name: 'done_at', nullable: true })
  doneAt: Date | null;

  @Column('text', { nullable: true })
  outcome: ReminderOutcome | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
