import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { DEFAULT_THEME_TAXONOMY, type ThemeTaxonomyEntry } from '#llm';
import { ThemeTaxonomyEntryEntity } from '../entities/theme-taxonomy-entry.entity.js';
import { InsightsException, InsightsExceptionCode } from '../insights.exception.js';

export interface TaxonomyTheme extends ThemeTaxonomyEntry {
  readonly keywords: readonly string[];
  /** True for themes the organisation added. */
  readonly custom: boolean;
}

export interface NewTheme {
  key: string;
  label: string;
  keywords: string[];
}

/** The organisation's theme taxonomy: the shipped default plus the organisation's own themes. */
@Injectable()
export class ThemeTaxonomyService {
  constructor(private readonly db: TenantDatabase) {}

  async list(organisationId: string): Promise<TaxonomyTheme[]> {
    const own = await this.db.repository(ThemeTaxonomyEntryEntity).find({ where: { organisationId }, order: { createdAt: 'ASC' } });
    return [
      ...DEFAULT_THEME_TAXONOMY.map((entry) => ({ key: entry.key, label: entry.label, keywords: entry.keywords ?? [], custom: false })),
      ...own.map((entry) => ({ key: entry.key, label: entry.label, keywords: entry.keywords, custom: true })),
    ];
  }

  async add(organisationId: string, theme: NewTheme): Promise<TaxonomyTheme> {
    if (DEFAULT_THEME_TAXONOMY.some((entry) => entry.key === theme.key)) throw this.exists(theme.key);
    const keywords = [...new Set(theme.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean))];
    const inserted: Array<{ id: string }> = await this.db.manager.query(
      `INSERT INTO theme_taxonomy_entries (organisation_id, key, label, keywords) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, key) DO NOTHING RETURNING id`,
      [organisationId, theme.key, theme.label.trim(), keywords],
    );
    if (!inserted.length) throw this.exists(theme.key);
    return { key: theme.key, label: theme.label.trim(), keywords, custom: true };
  }

  private exists(key: string): InsightsException {
    return new InsightsException(`The theme "${key}" already exists`, InsightsExceptionCode.THEME_EXISTS, { field: 'key' });
  }
}
