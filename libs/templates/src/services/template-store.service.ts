import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { TenantDatabase } from '#database';
import { TemplateAssignments } from '../access/template-assignments.source.js';
import { readsLibrary } from '../access/template-rules.util.js';
import type { TemplateSnapshot } from '../content/template-snapshot.js';
import { ReflectionTemplateEntity } from '../entities/reflection-template.entity.js';
import { ReflectionTemplateVersionEntity } from '../entities/reflection-template-version.entity.js';

/** Reads and writes of the two template tables; access decisions are made by the callers. */
@Injectable()
export class TemplateStore {
  constructor(
    private readonly db: TenantDatabase,
    private readonly assignments: TemplateAssignments,
  ) {}

  findTemplate(organisationId: string, templateId: string): Promise<ReflectionTemplateEntity | null> {
    return this.db.repository(ReflectionTemplateEntity).findOneBy({ organisationId, id: templateId });
  }

  findVersion(organisationId: string, templateId: string, version: number): Promise<ReflectionTemplateVersionEntity | null> {
    return this.db.repository(ReflectionTemplateVersionEntity).findOneBy({ organisationId, templateId, version });
  }

  async snapshot(template: ReflectionTemplateEntity, version = template.currentVersion): Promise<TemplateSnapshot | null> {
    const row = await this.findVersion(template.organisationId, template.id, version);
    return row ? { template, version: row } : null;
  }

  /** Templates by id with their current version, in one query each. */
  async currentSnapshots(organisationId: string, templates: ReflectionTemplateEntity[]): Promise<TemplateSnapshot[]> {
    if (templates.length === 0) return [];
    const versions = await this.db
      .repository(ReflectionTemplateVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(
        ReflectionTemplateEntity,
        't',
        't.id = v.templateId AND t.organisationId = v.organisationId AND t.currentVersion = v.version',
      )
      .where('v.organisationId = :organisationId AND v.templateId = ANY(:ids)', { organisationId, ids: templates.map((t) => t.id) })
      .getMany();
    const byTemplate = new Map(versions.map((v) => [v.templateId, v]));
    return templates.flatMap((template) => {
      const version = byTemplate.get(template.id);
      return version ? [{ template, version }] : [];
    });
  }

  /** Ids among `templateIds` with an active (not cancelled) assignment to the participant. */
  async assignedTo(organisationId: string, participantMembershipId: string, templateIds: string[]): Promise<Set<string>> {
    if (templateIds.length === 0) return new Set();
    return this.assignments.assignedTo(organisationId, participantMembershipId, templateIds);
  }

  /** Every template the actor may read: own personal ones, and the library or what is assigned to them. */
  async listReadable(actor: MemberActor, includeArchived: boolean): Promise<ReflectionTemplateEntity[]> {
    const library = readsLibrary(actor);
    const assigned = library ? [] : [...(await this.assignments.assignedTo(actor.organisationId, actor.membershipId))];
    const query = this.db
      .repository(ReflectionTemplateEntity)
      .createQueryBuilder('t')
      .where('t.organisationId = :organisationId', { organisationId: actor.organisationId })
      .andWhere('((t.personal AND t.ownerMembershipId = :me) OR (NOT t.personal AND (:library OR t.id = ANY(:assigned))))', {
        me: actor.membershipId,
        library,
        assigned,
      });
    if (!includeArchived) query.andWhere('t.archivedAt IS NULL');
    return query.orderBy('t.starterKey', 'ASC', 'NULLS LAST').addOrderBy('t.createdAt', 'DESC').addOrderBy('t.id').getMany();
  }

  insertTemplate(
    row: Pick<ReflectionTemplateEntity, 'organisationId' | 'ownerMembershipId' | 'personal'> & { starterKey?: string | null },
  ): Promise<ReflectionTemplateEntity> {
    return this.db
      .repository(ReflectionTemplateEntity)
      .save({ ...row, starterKey: row.starterKey ?? null, currentVersion: 1, archivedAt: null });
  }

  insertVersion(
    row: Partial<ReflectionTemplateVersionEntity> & Pick<ReflectionTemplateVersionEntity, 'organisationId' | 'templateId' | 'version'>,
  ): Promise<ReflectionTemplateVersionEntity> {
    return this.db.repository(ReflectionTemplateVersionEntity).save(row);
  }

  /** Locks the template row until the transaction ends (serialises updates) and returns its current version. */
  async lockCurrentVersion(organisationId: string, templateId: string): Promise<number> {
    const rows: Array<{ current_version: number }> = await this.db.manager.query(
      `SELECT current_version FROM reflection_templates WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, templateId],
    );
    if (!rows[0]) throw new Error('Template vanished while being updated');
    return rows[0].current_version;
  }

  /** Claims the next version number (call `lockCurrentVersion` first). */
  async bumpVersion(organisationId: string, templateId: string): Promise<number> {
    const [rows]: [Array<{ current_version: number }>, number] = await this.db.manager.query(
      `UPDATE reflection_templates SET current_version = current_version + 1, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 RETURNING current_version`,
      [organisationId, templateId],
    );
    if (!rows[0]) throw new Error('Template vanished while being updated');
    return rows[0].current_version;
  }

  async setArchived(organisationId: string, templateId: string, archived: boolean): Promise<void> {
    await this.db.manager.query(
      `UPDATE reflection_templates SET archived_at = ${archived ? 'COALESCE(archived_at, now())' : 'NULL'}, updated_at = now()
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, templateId],
    );
  }
}
