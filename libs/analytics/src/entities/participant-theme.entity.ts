import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One coded theme of one participant in one quarter, with the sentiment of its mentions. */
@Entity('analytics_participant_themes')
export class ParticipantThemeEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' })
  organisationId: string;

  @PrimaryColumn('text')
  period: string;

  @PrimaryColumn('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @PrimaryColumn('text', { name: 'theme_key' })
  themeKey: string;

  @Column('double precision', { name: 'sentiment_sum' })
  sentimentSum: number;

  @Column('int', { name: 'sentiment_count' })
  sentimentCount: number;

  @Column('timestamptz', { name: 'refreshed_at' })
  refreshedAt: Date;
}
