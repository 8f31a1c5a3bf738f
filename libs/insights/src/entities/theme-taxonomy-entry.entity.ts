import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/** A theme an organisation added to the default taxonomy. */
@Entity('theme_taxonomy_entries')
export class ThemeTaxonomyEntryEntity extends TenantEntity {
  @Column('text')
  key: string;

  @Column('text')
  label: string;

  @Column('text', { array: true, default: '{}' })
  keywords: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
