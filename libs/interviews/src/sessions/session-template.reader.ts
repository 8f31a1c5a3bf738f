import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { MemberActor } from '#auth';
import { TenantDatabase } from '#database';
import { ReflectionTemplateEntity, ReflectionTemplateVersionEntity, TemplateAccess } from '#templates';
import { DEFAULT_CTA } from '../interviewer/interviewer-messages.js';
import type { InterviewTemplate } from '../interviewer/new-interview.util.js';

/** What the interviewer needs of a template version: its READY plan only, its limits, its call-to-action. */
export function templateOf(version: ReflectionTemplateVersionEntity): InterviewTemplate {
  return {
    primaryQuestion: version.primaryQuestion,
    goals: version.goals,
    mandatoryQuestions: version.mandatoryQuestions,
    plan: version.planState === 'READY' ? version.plan : null,
    maxTurns: version.maxTurns,
    maxMinutes: version.maxMinutes,
    cta: version.closingCtaText ? { text: version.closingCtaText, url: version.closingCtaUrl } : DEFAULT_CTA,
  };
}

export interface PinnedTemplate {
  template: ReflectionTemplateEntity;
  version: ReflectionTemplateVersionEntity;
}

/**
 * Reads templates for interviews. Who may run or read a template is decided by the templates
 * library; the pinned versions of sessions the caller was already authorised for are read here
 * in batches.
 */
@Injectable()
export class SessionTemplateReader {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: TemplateAccess,
  ) {}

  /** The current version of a template the actor may run a session on (NOT_FOUND otherwise). */
  forSession(actor: MemberActor, templateId: string): Promise<PinnedTemplate> {
    return this.access.getForSession(actor, templateId);
  }

  /** The current version, for an assignment the caller was checked to own. */
  forAssignment(organisationId: string, templateId: string): Promise<PinnedTemplate> {
    return this.access.getCurrent(organisationId, templateId);
  }

  /** The current version of a template the actor may read (previews). */
  async readable(actor: MemberActor, templateId: string): Promise<PinnedTemplate> {
    return this.access.snapshotOf(await this.access.readable(actor, templateId));
  }

  /** Pinned versions by `templateId:version` keys (for the sessions' `template` field). */
  async pinned(organisationId: string, keys: readonly string[]): Promise<Map<string, PinnedTemplate>> {
    const pairs = keys.map((key) => key.split(':'));
    const templateIds = [...new Set(pairs.map(([id]) => id!))];
    const templates = await this.db.repository(ReflectionTemplateEntity).find({ where: { organisationId, id: In(templateIds) } });
    const versions = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .createQueryBuilder('v')
      .where('v.organisation_id = :organisationId', { organisationId })
      .andWhere('(v.template_id, v.version) IN (SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:versions AS int[])))', {
        ids: pairs.map(([id]) => id),
        versions: pairs.map(([, version]) => Number(version)),
      })
      .getMany();
    const byId = new Map(templates.map((t) => [t.id, t]));
    const result = new Map<string, PinnedTemplate>();
    for (const version of versions) {
      const key = `${version.templateId}:${version.version}`;
      const template = byId.get(version.templateId);
      if (template) result.set(key, { template, version });
    }
    return result;
  }
}
