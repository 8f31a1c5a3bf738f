import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { NotFoundException } from '#common';
import { RequestLoaders, TenantDatabase } from '#database';
import type { MemberActor } from '#identity';
import { ReflectionTemplateEntity, ReflectionTemplateVersionEntity } from '#templates';
import { ReflectionTemplateModel } from '#templates/graphql';
import type { AssignmentEntity } from '../entities/assignment.entity.js';
import { AssignmentsService } from '../services/assignments.service.js';

const CLIENTS_KEY = 'coaching.active-clients';

/** Per-request batching for assignment fields (no N+1 on lists). Access checks stay in resolvers. */
@Injectable()
export class CoachingLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDatabase,
    private readonly assignments: AssignmentsService,
    private readonly cls: ClsService,
  ) {}

  assignment(organisationId: string, id: string): Promise<AssignmentEntity> {
    return this.loaders
      .get<string, AssignmentEntity>(
        `coaching.assignment:${organisationId}`,
        RequestLoaders.byId((ids) => this.assignments.findByIds(organisationId, ids), () => new NotFoundException('Assignment')),
      )
      .load(id);
  }

  /** The template as of its current version (what the next due session will pin). */
  currentTemplate(organisationId: string, templateId: string): Promise<ReflectionTemplateModel> {
    return this.loaders
      .get<string, ReflectionTemplateModel>(`coaching.current-template:${organisationId}`, (ids) => this.loadCurrentTemplates(organisationId, ids))
      .load(templateId);
  }

  /** Who the caller coaches right now: read once per request, shared by every field. */
  activeClientIds(actor: MemberActor): Promise<Set<string>> {
    const key = `${CLIENTS_KEY}:${actor.membershipId}`;
    let pending = this.cls.get<Promise<Set<string>> | undefined>(key);
    if (!pending) {
      pending = this.assignments.activeClientIdsOf(actor);
      this.cls.set(key, pending);
    }
    return pending;
  }

  private async loadCurrentTemplates(organisationId: string, ids: readonly string[]): Promise<Array<ReflectionTemplateModel | Error>> {
    const templates = await this.db
      .repository(ReflectionTemplateEntity)
      .createQueryBuilder('t')
      .where('t.organisation_id = :organisationId AND t.id = ANY(:ids)', { organisationId, ids })
      .getMany();
    const versions = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(ReflectionTemplateEntity, 't', 't.organisation_id = v.organisation_id AND t.id = v.template_id AND t.current_version = v.version')
      .where('v.organisation_id = :organisationId AND v.template_id = ANY(:ids)', { organisationId, ids })
      .getMany();
    const versionOf = new Map(versions.map((v) => [v.templateId, v]));
    const byId = new Map(templates.map((t) => [t.id, t]));
    return ids.map((id) => {
      const template = byId.get(id);
      const version = versionOf.get(id);
      return template && version ? ReflectionTemplateModel.from(template, version) : new NotFoundException('Template');
    });
  }
}
