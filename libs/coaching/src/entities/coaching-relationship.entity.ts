import { Column, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

@Entity('coaching_relationships')
export class CoachingRelationshipEntity extends TenantEntity {
  @Column('uuid', { name: 'coach_membership_id' })
  coachMembershipId: string;

  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('uuid', { name: 'created_by_membership_id', nullable: true })
  createdByMembershipId: string | null;

  @Column('timestamptz', { name: 'started_at', default: () => 'now()' })
  startedAt: Date;

  /** Set when the relationship ends: the coach loses access on the next request. */
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt: Date | null;
}
