import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '#database';
import type { ReflectionSessionEntity } from '#interviews';
import { AssignmentSessionsService } from '../services/assignment-sessions.service.js';

/** Batches `Assignment.sessions` over a list of assignments into one query per request. */
@Injectable()
export class SchedulesLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly sessions: AssignmentSessionsService,
  ) {}

  sessionsOf(organisationId: string, assignmentId: string): Promise<ReflectionSessionEntity[]> {
    return this.loaders
      .get<string, ReflectionSessionEntity[]>(`schedules.sessions-of-assignment:${organisationId}`, async (ids) => {
        const grouped = await this.sessions.byAssignment(organisationId, ids);
        return ids.map((id) => grouped.get(id) ?? []);
      })
      .load(assignmentId);
  }
}
