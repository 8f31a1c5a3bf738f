import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { normaliseTemplateContent } from '../content/template-content.js';
import { versionColumnsOf } from '../content/template-snapshot.js';
import { ResearchPlansService } from '../services/research-plans.service.js';
import { TemplateStore } from '../services/template-store.service.js';
import { STARTER_TEMPLATES } from './starter-templates.js';

/**
 * Gives every organisation the starter library, lazily on its first templates read. Idempotent and
 * safe under concurrency: the unique (organisation_id, starter_key) index decides who inserts, and
 * only the inserter writes the version and enqueues its research plan (in the same transaction).
 * Starters have no owner: only admins edit them.
 */
@Injectable()
export class StarterLibrary {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: TemplateStore,
    private readonly plans: ResearchPlansService,
  ) {}

  async ensure(organisationId: string): Promise<void> {
    const present: Array<{ starter_key: string }> = await this.db.manager.query(
      `SELECT starter_key FROM reflection_templates WHERE organisation_id = $1 AND starter_key IS NOT NULL`,
      [organisationId],
    );
    const have = new Set(present.map((row) => row.starter_key));
    for (const starter of STARTER_TEMPLATES.filter((s) => !have.has(s.key))) {
      const inserted: Array<{ id: string }> = await this.db.manager.query(
        `INSERT INTO reflection_templates (organisation_id, owner_membership_id, personal, starter_key)
         VALUES ($1, NULL, false, $2)
         ON CONFLICT (organisation_id, starter_key) WHERE starter_key IS NOT NULL DO NOTHING
         RETURNING id`,
        [organisationId, starter.key],
      );
      const templateId = inserted[0]?.id;
      if (!templateId) continue;
      await this.store.insertVersion({
        organisationId,
        templateId,
        version: 1,
        ...versionColumnsOf(normaliseTemplateContent(starter.content)),
        createdByMembershipId: null,
      });
      await this.plans.request(organisationId, templateId, 1);
    }
  }
}
