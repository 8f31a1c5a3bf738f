import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Base of every tenant-owned entity: a UUID id and the owning organisation. Row-level security
 * and the indexes leading with `organisation_id` are declared in the migrations.
 */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;
}
