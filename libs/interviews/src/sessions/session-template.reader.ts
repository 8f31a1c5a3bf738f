import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotFoundException } from '#common';
import { TenantDatabase } from '#database';
import { hasRole, Role, type MemberActor } from '#identity';
import { ReflectionTemplateEntity, ReflectionTemplateVersionEntity } from '#templates';

export interface PinnedTemplate {
  template: ReflectionTemplateEntity;
  version: ReflectionTemplateVersionEntity;
}

/**
 * Reads templates for interviews: the current version for a new session or a preview (checked
 * against who may read the template), and the pinned versions of existing sessions.
 */
@Injectable()
export class SessionTemplateReader {
  constructor(private readonly db: TenantDatabase) {}

  /** The template's current version, if the actor may read the template (NOT_FOUND otherwise). */
  async current(actor: MemberActor, templateId: string, options: { viaAssignment?: boolean } = {}): Promise<PinnedTemplate> {
    const template = await this.db.repository(ReflectionTemplateEntity).findOne({ where: { id: templateId, organisationId: actor.organisationId } });
    if (!template || !(options.viaAssignment || (await this.mayRead(actor, template)))) throw new NotFoundException('Template');
    const version = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .findOne({ where: { organisationId: actor.organisationId, templateId, version: template.currentVersion } });
    if (!version) throw new NotFoundException('Template');
    return { template, version };
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

  /**
   * Who reads a template: a personal one only its owner; the organisation's library coaches, HR
   * and admins, and participants it was assigned to (or who wrote it).
   */
  async mayRead(actor: MemberActor, template: ReflectionTemplateEntity): Promise<boolean> {
    if (template.organisationId !== actor.organisationId) return false;
    if (template.ownerMembershipId === actor.membershipId) return true;
    if (template.personal) return false;
    if (hasRole(actor, Role.ORG_ADMIN, Role.COACH, Role.HR)) return true;
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM assignments WHERE organisation_id = $1 AND template_id = $2 AND participant_membership_id = $3 LIMIT 1`,
      [actor.organisationId, template.id, actor.membershipId],
    );
    return rows.length > 0;
  }
}
