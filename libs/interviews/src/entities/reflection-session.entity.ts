import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import type { JobState, Visibility } from '#common';
import { TenantEntity } from '#database/entities';
import type { InterviewerState } from '../interviewer/interviewer-state.type.js';
import type { SessionStatus } from './session-enums.js';

@Entity('reflection_sessions')
export class ReflectionSessionEntity extends TenantEntity {
  /** The owner: a reflection is visible to them alone unless they share it. */
  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('uuid', { name: 'template_id' })
  templateId: string;

  /** The template version the session pinned when it was created. */
  @Column('int', { name: 'template_version' })
  templateVersion: number;

  @Column('uuid', { name: 'assignment_id', nullable: true })
  assignmentId: string | null;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt: Date | null;

  @Column('timestamptz', { name: 'window_closes_at', nullable: true })
  windowClosesAt: Date | null;

  @Column('text')
  status: SessionStatus;

  @Column('text', { default: 'PRIVATE' })
  visibility: Visibility;

  @Column('timestamptz', { name: 'paused_at', nullable: true })
  pausedAt: Date | null;

  /** The interviewer's state (plan, progress, notes); empty until the session starts. */
  @Column('jsonb', { name: 'interviewer_state', default: {} })
  interviewerState: InterviewerState | Record<string, never>;

  @Column('text', { name: 'interviewer_provider', nullable: true })
  interviewerProvider: string | null;

  @Column('text', { name: 'interviewer_model', nullable: true })
  interviewerModel: string | null;

  @Column('text', { name: 'interviewer_prompt_version', nullable: true })
  interviewerPromptVersion: string | null;

  @Column('text', { name: 'summary_state', nullable: true })
  summaryState: JobState | null;

  @Column('text', { name: 'summary_error', nullable: true })
  summaryError: string | null;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
