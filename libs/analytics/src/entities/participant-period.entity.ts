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

  @Column('numeric', { name: 'satisfaction_sum', transformer: numeric })
  satisfactionSum: number;

  @Column('int', { name: 'satisfaction_count' })
  satisfactionCount: number;

  @Column('timestamptz', { name: 'refreshed_at' })
  refreshedAt: Date;
}
