import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** One participant's scored summaries in one quarter: the unit of "distinct participants". */
@Entity('analytics_participant_periods')
export class ParticipantPeriodEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' })
  organisationId: string;

  /** A quarter such as "2026-Q4", from the session's completion time (UTC). */
  @PrimaryColumn('text')
  period: string;

  @PrimaryColumn('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('int')
  summaries: number;

  /** The participant's own ratings (summaries whose score they gave themselves). */
  @Column('numeric', { name: 'own_rating_sum', transformer: numeric })
  ownRatingSum: number;

  @Column('int', { name: 'own_rating_count' })
  ownRatingCount: number;

  /** Scores estimated from their answers, kept apart from own ratings. */
  @Column('numeric', { name: 'estimate_sum', transformer: numeric })
  estimateSum: number;

  @Column('int', { name: 'estimate_count' })
  estimateCount: number;

  @Column('timestamptz', { name: 'refreshed_at' })
  refreshedAt: Date;
}
