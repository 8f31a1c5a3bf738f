import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A theme an organisation added to the default taxonomy. */
@Entity('theme_taxonomy_entries')
export class ThemeTaxonomyEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('text')
  key: string;

  @Column('text')
  label: string;

  @Column('text', { array: true, default: '{}' })
  keywords: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
