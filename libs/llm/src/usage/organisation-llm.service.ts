import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { LlmSettings } from '../llm.config.js';
import { type OrganisationLlmOverride, overrideSettings, readStoredOverride } from './organisation-llm-override.util.js';

/**
 * An organisation's choice of model, kept in `organisations.settings.llm` and laid over the
 * deployment default by `LlmRunner`. Runs in the caller's tenant transaction.
 */
@Injectable()
export class OrganisationLlm {
  constructor(private readonly db: TenantDatabase) {}

  async override(organisationId: string): Promise<OrganisationLlmOverride | null> {
    const rows: Array<{ llm: unknown }> = await this.db.manager.query(`SELECT settings -> 'llm' AS llm FROM organisations WHERE id = $1`, [
      organisationId,
    ]);
    return readStoredOverride(rows[0]?.llm);
  }

  /** What to pass as `settings` to `LlmRunner.run` for this organisation. */
  async settings(organisationId: string): Promise<Partial<LlmSettings> | undefined> {
    return overrideSettings(await this.override(organisationId));
  }

  /** Stores a validated override (see `parseLlmOverride`); null returns to the deployment default. */
  async set(organisationId: string, override: OrganisationLlmOverride | null): Promise<void> {
    await this.db.manager.query(
      override
        ? `UPDATE organisations SET settings = jsonb_set(coalesce(settings, '{}'::jsonb), '{llm}', $2::jsonb) WHERE id = $1`
        : `UPDATE organisations SET settings = coalesce(settings, '{}'::jsonb) - 'llm' WHERE id = $1`,
      override ? [organisationId, JSON.stringify(override)] : [organisationId],
    );
  }
}
