import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { LlmCallContext } from '#llm';
import { organisationLlmOverride } from './organisation-llm-settings.util.js';

/** The model context of an organisation: the deployment default merged with its own override. */
@Injectable()
export class OrganisationLlm {
  constructor(private readonly db: TenantDatabase) {}

  async contextFor(organisationId: string): Promise<LlmCallContext> {
    const rows: Array<{ settings: Record<string, unknown> | null }> = await this.db.manager.query(
      `SELECT settings FROM organisations WHERE id = $1`,
      [organisationId],
    );
    return { organisationId, settings: organisationLlmOverride(rows[0]?.settings?.llm) };
  }
}
