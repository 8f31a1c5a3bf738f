import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import type { Role } from '#auth';
import { TenantEntity } from '#database/entities';

@Entity('memberships')
@Index(['organisationId', 'userId'], { unique: true })
export class MembershipEntity extends TenantEntity {
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { nullable: true })
  department: string | null;

  @Column('text', { nullable: true })
  team: string | null;

  /** False once the participant opts out of HR aggregates. */
  @Column('boolean', { name: 'aggregate_consent', default: true })
  aggregateConsent: boolean;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
