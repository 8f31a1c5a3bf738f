import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { TemplateAssignments } from '#templates';
import { AssignmentEntity } from '../entities/assignment.entity.js';

/** Which templates a participant has active assignments for, read from the assignments this library stores. */
@Injectable()
export class TemplateAssignmentsReader implements TemplateAssignments {
  constructor(private readonly db: TenantDatabase) {}

  async assignedTo(organisationId: string, participantMembershipId: string, templateIds?: readonly string[]): Promise<Set<string>> {
    const query = this.db
      .repository(AssignmentEntity)
      .createQueryBuilder('a')
      .select('DISTINCT a.templateId', 'templateId')
      .where('a.organisationId = :organisationId AND a.participantMembershipId = :participantMembershipId AND a.cancelledAt IS NULL', {
        organisationId,
        participantMembershipId,
      });
    if (templateIds) query.andWhere('a.templateId = ANY(:templateIds)', { templateIds: [...templateIds] });
    const rows = await query.getRawMany<{ templateId: string }>();
    return new Set(rows.map((r) => r.templateId));
  }
}
