import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export interface OrganisationSettings {
  /** Lets coaches start coaching relationships with participants themselves. */
  coachesMayInviteClients?: boolean;
  /** Shown to a participant whose answer signals distress. */
  supportResources?: string;
  /** Per-organisation LLM override (provider, model, base URL); keys never stored here. */
  llm?: Record<string, unknown>;
  /** Noise on HR aggregates: ε per figure (null: off) and the secret key seeding it; never shown. */
  aggregateNoise?: { epsilon: number | null; key: string };
}

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('int', { name: 'anonymity_threshold', default: 5 })
  anonymityThreshold: number;

  @Column('jsonb', { default: {} })
  settings: OrganisationSettings;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
