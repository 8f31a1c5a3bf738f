import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { DEFAULT_THEME_TAXONOMY } from '#llm';
import { readable } from './theme-label.util.js';

const DEFAULT_LABELS = new Map(DEFAULT_THEME_TAXONOMY.map((entry) => [entry.key, entry.label]));

/**
 * Labels of coded themes from the taxonomy (the shipped one, then the organisation's own), never
 * from what a summary wrote; a key the taxonomy no longer knows is shown readably as itself.
 */
@Injectable()
export class ThemeLabels {
  constructor(private readonly db: TenantDatabase) {}

  async labelsFor(organisationId: string, keys: readonly string[]): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    const custom: string[] = [];
    for (const key of new Set(keys)) {
      const known = DEFAULT_LABELS.get(key);
      if (known) labels.set(key, known);
      else custom.push(key);
    }
    if (custom.length) {
      const rows: Array<{ key: string; label: string }> = await this.db.manager.query(
        `SELECT key, label FROM theme_taxonomy_entries WHERE organisation_id = $1 AND key = ANY($2::text[])`,
        [organisationId, custom],
      );
      for (const row of rows) labels.set(row.key, row.label);
      for (const key of custom) if (!labels.has(key)) labels.set(key, readable(key));
    }
    return labels;
  }
}
