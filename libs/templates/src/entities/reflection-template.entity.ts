import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '#database/entities';

/** The identity of a template; its content lives in versions (`ReflectionTemplateVersionEntity`). */
@Entity('reflection_templates')
export class ReflectionTemplateEntity extends TenantEntity {
  /** Null for the starter library (edited by admins only). */
  @Column('uuid', { name: 'owner_membership_id', nullable: true })
  ownerMembershipId: string | null;

  /** A participant's own template: visible to them alone. Otherwise part of the org library. */
  @Column('boolean', { default: false })
  personal: boolean;

  @Column('text', { name: 'starter_key', nullable: true })
  starterKey: string | null;

  @Column('int', { name: 'current_version', default: 1 })
  currentVersion: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
