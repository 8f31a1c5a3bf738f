import { Column, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/** Every read of a reflection by someone other than its owner. */
@Entity('access_log')
export class AccessLogEntryEntity extends TenantEntity {
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'owner_membership_id' })
  ownerMembershipId: string;

  @Column('uuid', { name: 'reader_membership_id' })
  readerMembershipId: string;

  /** What was read: "session", "turns", "summary", "action_plan". */
  @Column('text')
  action: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
