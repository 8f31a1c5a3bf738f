import { Injectable } from '@nestjs/common';
import { keysetPage, type Page, type PageArgs } from '#common';
import { TenantDatabase } from '#database';
import { ReflectionSessionEntity } from '#interviews';

/** The sessions of assignments: the due ones the scheduler created, and any started from them. */
@Injectable()
export class AssignmentSessionsService {
  constructor(private readonly db: TenantDatabase) {}

  async byAssignment(organisationId: string, assignmentIds: readonly string[]): Promise<Map<string, ReflectionSessionEntity[]>> {
    const sessions = await this.db
      .repository(ReflectionSessionEntity)
      .createQueryBuilder('s')
      .where('s.organisation_id = :organisationId AND s.assignment_id = ANY(:assignmentIds)', { organisationId, assignmentIds })
      .orderBy('s.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('s.created_at', 'ASC')
      .getMany();
    const grouped = new Map<string, ReflectionSessionEntity[]>(assignmentIds.map((id) => [id, []]));
    for (const session of sessions) grouped.get(session.assignmentId!)?.push(session);
    return grouped;
  }

  /** A page of one assignment's sessions, oldest first. */
  page(organisationId: string, assignmentId: string, args: PageArgs): Promise<Page<ReflectionSessionEntity>> {
    const query = this.db
      .repository(ReflectionSessionEntity)
      .createQueryBuilder('s')
      .where('s.organisation_id = :organisationId AND s.assignment_id = :assignmentId', { organisationId, assignmentId });
    return keysetPage(query, args, { column: 'created_at', direction: 'ASC' });
  }
}
