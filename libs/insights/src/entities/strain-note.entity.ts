import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/**
 * What a participant said in a distress exchange, acknowledged for them. Row-level security lets
 * only its owner (and workers, which act for no user) read it: never a coach, HR or an admin.
 */
@Entity('strain_notes')
export class StrainNoteEntity extends TenantEntity {
  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'participant_membership_id' })
  participantMembershipId: string;

  @Column('text')
  acknowledgement: string;

  @Column('uuid', { name: 'turn_ids', array: true })
  turnIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
