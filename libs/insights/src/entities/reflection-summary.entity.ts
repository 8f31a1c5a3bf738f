import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';
import type { Commitment, SessionSummary, SourcedClaim, SummaryTheme } from '#llm';

export type SatisfactionSource = NonNullable<SessionSummary['satisfactionSource']>;
/** A statement of the summary together with the participant turns it is drawn from. */
export type StoredClaim = SourcedClaim;
export type StoredTheme = SummaryTheme;

/** The Magic Summary of one completed session (at most one per session). */
@Entity('reflection_summaries')
export class ReflectionSummaryEntity extends TenantEntity {
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('text')
  overview: string;

  // numeric comes back from pg as a string; the transformer keeps the entity numeric.
  @Column('numeric', {
    name: 'satisfaction_score',
    precision: 4,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  satisfactionScore: number | null;

  @Column('text', { name: 'satisfaction_source', nullable: true })
  satisfactionSource: SatisfactionSource | null;

  @Column('jsonb', { default: [] })
  strengths: StoredClaim[];

  @Column('jsonb', { default: [] })
  gaps: StoredClaim[];

  @Column('jsonb', { default: [] })
  themes: StoredTheme[];

  @Column('jsonb', { default: [] })
  opportunities: StoredClaim[];

  @Column('jsonb', { name: 'suggested_actions', default: [] })
  suggestedActions: StoredClaim[];

  /** What the participant said they will do, in their words. */
  @Column('jsonb', { default: [] })
  commitments: Commitment[];

  /** The participant turn that gave their own rating, when they gave one. */
  @Column('uuid', { name: 'satisfaction_turn_id', nullable: true })
  satisfactionTurnId: string | null;

  @Column('text')
  provider: string;

  @Column('text')
  model: string;

  @Column('text', { name: 'prompt_version' })
  promptVersion: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
