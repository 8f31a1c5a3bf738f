import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { RequestLoaders } from '#database';
import type { AssignmentEntity } from '../entities/assignment.entity.js';
import { AssignmentsService } from '../services/assignments.service.js';

const CLIENTS_KEY = 'coaching.active-clients';

/** Per-request batching for assignment fields (no N+1 on lists). Access checks stay in resolvers. */
@Injectable()
export class CoachingLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly assignments: AssignmentsService,
    private readonly cls: ClsService,
  ) {}

  assignment(organisationId: string, id: string): Promise<AssignmentEntity> {
    return this.loaders
      .get<string, AssignmentEntity>(
        `coaching.assignment:${organisationId}`,
        RequestLoaders.byId(
          (ids) => this.assignments.findByIds(organisationId, ids),
          () => new NotFoundException('Assignment'),
        ),
      )
      .load(id);
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
}
