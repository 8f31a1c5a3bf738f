import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import type { TemplateSnapshot } from '../content/template-snapshot.js';
import type { ReflectionTemplateEntity } from '../entities/reflection-template.entity.js';
import { TemplateStore } from '../services/template-store.service.js';
import { TemplatesException, TemplatesExceptionCode } from '../templates.exception.js';
import { mayEdit, mayRead, mayRunSession, readsLibrary } from './template-rules.util.js';

/**
 * The one place deciding who reads, edits or runs a template. A denied read answers NOT_FOUND,
 * exactly like a missing id; a denied change of a readable template answers FORBIDDEN.
 */
@Injectable()
export class TemplateAccess {
  constructor(private readonly store: TemplateStore) {}

  /** The template if the actor may read it; NOT_FOUND otherwise. */
  async readable(actor: MemberActor, templateId: string): Promise<ReflectionTemplateEntity> {
    const template = await this.store.findTemplate(actor.organisationId, templateId);
    if (!template || !(await this.canRead(actor, template))) throw TemplatesException.notFound();
    return template;
  }

  /** The template if the actor may change it; NOT_FOUND when unreadable, FORBIDDEN when read-only. */
  async editable(actor: MemberActor, templateId: string): Promise<ReflectionTemplateEntity> {
    const template = await this.readable(actor, templateId);
    if (!mayEdit(actor, template)) {
      throw new TemplatesException(
        'Only the owner of this template, or an organisation admin for the library, may change it',
        TemplatesExceptionCode.NOT_ALLOWED,
      );
    }
    return template;
  }

  async canRead(actor: MemberActor, template: ReflectionTemplateEntity): Promise<boolean> {
    const assigned =
      !template.personal &&
      !readsLibrary(actor) &&
      (await this.store.assignedTo(actor.organisationId, actor.membershipId, [template.id])).has(template.id);
    return mayRead(actor, template, assigned);
  }

  canEdit(actor: MemberActor, template: ReflectionTemplateEntity): boolean {
    return mayEdit(actor, template);
  }

  /**
   * For starting a reflection session: the template and its current (or given) version, when the
   * actor may run it: their own personal template, one assigned to them, or any library template
   * that is not archived (self-directed reflection). NOT_FOUND otherwise.
   */
  async getForSession(actor: MemberActor, templateId: string, version?: number): Promise<TemplateSnapshot> {
    const template = await this.store.findTemplate(actor.organisationId, templateId);
    if (!template) throw TemplatesException.notFound();
    const assigned =
      !template.personal && (await this.store.assignedTo(actor.organisationId, actor.membershipId, [template.id])).has(template.id);
    if (!mayRunSession(actor, template, assigned)) throw TemplatesException.notFound();
    return this.snapshotOf(template, version);
  }

  /**
   * Internal reads with NO access check (e.g. the version a session pinned, once the caller has
   * authorised the session itself). Never hand its result to a caller without such a check.
   */
  async getVersion(organisationId: string, templateId: string, version: number): Promise<TemplateSnapshot> {
    const template = await this.store.findTemplate(organisationId, templateId);
    if (!template) throw TemplatesException.notFound();
    return this.snapshotOf(template, version);
  }

  /** The current version, with NO access check (see `getVersion`). */
  async getCurrent(organisationId: string, templateId: string): Promise<TemplateSnapshot> {
    const template = await this.store.findTemplate(organisationId, templateId);
    if (!template) throw TemplatesException.notFound();
    return this.snapshotOf(template);
  }

  async snapshotOf(template: ReflectionTemplateEntity, version?: number): Promise<TemplateSnapshot> {
    const snapshot = await this.store.snapshot(template, version ?? template.currentVersion);
    if (!snapshot)
      throw new TemplatesException('This version of the reflection template does not exist', TemplatesExceptionCode.VERSION_NOT_FOUND);
    return snapshot;
  }
}
