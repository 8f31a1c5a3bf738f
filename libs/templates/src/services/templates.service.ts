import { Injectable } from '@nestjs/common';
import { hasRole, type MemberActor, Role } from '#auth';
import { TemplateAccess } from '../access/template-access.service.js';
import { mayCreate } from '../access/template-rules.util.js';
import { validateEditedPlan } from '../content/plan-validation.util.js';
import { normaliseTemplateContent, type TemplateContentInput } from '../content/template-content.js';
import { contentOf, samePlanInputs, type TemplateSnapshot, versionColumnsOf } from '../content/template-snapshot.js';
import type { ReflectionTemplateEntity } from '../entities/reflection-template.entity.js';
import { StarterLibrary } from '../starter/starter-library.service.js';
import { TemplatesException, TemplatesExceptionCode } from '../templates.exception.js';
import { ResearchPlansService } from './research-plans.service.js';
import { TemplateStore } from './template-store.service.js';

export interface CreateTemplateInput extends TemplateContentInput {
  /** A participant's own template, visible to them alone. Default: personal unless coach or admin. */
  personal?: boolean | null;
}

/**
 * Reflection templates: create, version, archive, read. Every change is validated before anything
 * is written and runs in the caller's transaction; plan generation is enqueued in that same
 * transaction (outbox), so a template is never left without its pending plan job.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly store: TemplateStore,
    private readonly access: TemplateAccess,
    private readonly plans: ResearchPlansService,
    private readonly starters: StarterLibrary,
  ) {}

  async create(actor: MemberActor, input: CreateTemplateInput): Promise<TemplateSnapshot> {
    const personal = input.personal ?? !hasRole(actor, Role.COACH, Role.ORG_ADMIN);
    if (!mayCreate(actor, personal)) {
      throw new TemplatesException(
        personal ? 'Your roles do not allow creating templates' : 'Only coaches and organisation admins add templates to the library',
        TemplatesExceptionCode.NOT_ALLOWED,
      );
    }
    const content = normaliseTemplateContent(input);
    const template = await this.store.insertTemplate({
      organisationId: actor.organisationId,
      ownerMembershipId: actor.membershipId,
      personal,
    });
    await this.store.insertVersion({
      organisationId: actor.organisationId,
      templateId: template.id,
      version: 1,
      ...versionColumnsOf(content),
      createdByMembershipId: actor.membershipId,
    });
    await this.plans.request(actor.organisationId, template.id, 1);
    return this.access.snapshotOf(template);
  }

  /**
   * Writes a new version; earlier ones stay readable and sessions keep the one they pinned. The
   * plan is carried over when the fields it is built from did not change, else regenerated.
   */
  async update(actor: MemberActor, templateId: string, input: TemplateContentInput): Promise<TemplateSnapshot> {
    const template = await this.changeable(actor, templateId);
    // Under the row lock, a concurrent update cannot slip in between reading and writing versions.
    const current = await this.store.lockCurrentVersion(actor.organisationId, templateId);
    const previous = await this.access.snapshotOf(template, current);
    const before = contentOf(previous.version);
    const content = normaliseTemplateContent(input, before);
    const version = await this.store.bumpVersion(actor.organisationId, templateId);
    const old = previous.version;
    const carryPlan = old.planState === 'READY' && old.plan !== null && samePlanInputs(before, content);
    await this.store.insertVersion({
      organisationId: actor.organisationId,
      templateId,
      version,
      ...versionColumnsOf(content),
      maxTurns: old.maxTurns,
      maxMinutes: old.maxMinutes,
      createdByMembershipId: actor.membershipId,
      ...(carryPlan
        ? {
            plan: old.plan,
            planState: 'READY',
            planProvider: old.planProvider,
            planModel: old.planModel,
            planPromptVersion: old.planPromptVersion,
          }
        : {}),
    });
    if (!carryPlan) await this.plans.request(actor.organisationId, templateId, version);
    return this.access.snapshotOf({ ...template, currentVersion: version });
  }

  async setArchived(actor: MemberActor, templateId: string, archived: boolean): Promise<TemplateSnapshot> {
    const template = await this.access.editable(actor, templateId);
    await this.store.setArchived(actor.organisationId, templateId, archived);
    const updated = await this.store.findTemplate(actor.organisationId, templateId);
    return this.access.snapshotOf(updated ?? template);
  }

  /** The current version, or the given one, of a template the actor may read. */
  async get(actor: MemberActor, templateId: string, version?: number | null): Promise<TemplateSnapshot> {
    const template = await this.access.readable(actor, templateId);
    return this.access.snapshotOf(template, version ?? undefined);
  }

  /** Every template the actor may read (the starter library is added on an organisation's first read). */
  async list(actor: MemberActor, includeArchived = false): Promise<TemplateSnapshot[]> {
    await this.starters.ensure(actor.organisationId);
    return this.store.currentSnapshots(actor.organisationId, await this.store.listReadable(actor, includeArchived));
  }

  /** Asks for a new plan of the current version (replacing the plan when it is ready). */
  async generatePlan(actor: MemberActor, templateId: string): Promise<TemplateSnapshot> {
    const template = await this.changeable(actor, templateId);
    await this.plans.request(actor.organisationId, templateId, template.currentVersion);
    return this.access.snapshotOf(template);
  }

  /** A person's edit of the current version's plan, held to the same rules as model output. */
  async editPlan(actor: MemberActor, templateId: string, plan: unknown): Promise<TemplateSnapshot> {
    const template = await this.changeable(actor, templateId);
    const current = await this.access.snapshotOf(template);
    await this.plans.saveEdited(current, validateEditedPlan(plan, contentOf(current.version)));
    return this.access.snapshotOf(template);
  }

  private async changeable(actor: MemberActor, templateId: string): Promise<ReflectionTemplateEntity> {
    const template = await this.access.editable(actor, templateId);
    if (template.archivedAt !== null) {
      throw new TemplatesException('This template is archived; unarchive it before changing it', TemplatesExceptionCode.TEMPLATE_ARCHIVED);
    }
    return template;
  }
}
