import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

export interface StoredCitation {
  sessionId: string;
  turnId: string;
  excerpt: string;
}

/** A question a participant asked of their own reflections, with the answer they got. */
@Entity('insight_questions')
export class InsightQuestionEntity extends TenantEntity {
  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('text')
  question: string;

  @Column('text')
  answer: string;

  @Column('jsonb', { default: [] })
  citations: StoredCitation[];

  /** The sessions the question was asked over (all of the participant's when none were named). */
  @Column('uuid', { name: 'session_ids', array: true, default: '{}' })
  sessionIds: string[];

  @Column('text')
  provider: string;

  @Column('text')
  model: string;

  @Column('text', { name: 'prompt_version' })
  promptVersion: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
