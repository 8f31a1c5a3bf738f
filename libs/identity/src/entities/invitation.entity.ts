import { Column, CreateDateColumn, Entity } from 'typeorm';
import type { Role } from '#auth';
import { TenantEntity } from '#database/entities';

@Entity('invitations')
export class InvitationEntity extends TenantEntity {
  @Column('text')
  email: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { nullable: true })
  department: string | null;

  @Column('text', { nullable: true })
  team: string | null;

  /** SHA-256 of the token; the token itself is never stored. */
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('uuid', { name: 'invited_by_membership_id' })
  invitedByMembershipId: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
