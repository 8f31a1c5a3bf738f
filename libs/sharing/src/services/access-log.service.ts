import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { TenantDatabase } from '#database';
import { AccessLogEntryEntity } from '../entities/access-log-entry.entity.js';
import { ReflectionAccessPolicy } from '../reflection-access.policy.js';
import { SharesService } from './shares.service.js';

export const DEFAULT_ACCESS_LOG_LIMIT = 200;
export const MAX_ACCESS_LOG_LIMIT = 1000;

/** Who read the owner's reflections (written by the access policy); readable by the owner alone. */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policy: ReflectionAccessPolicy,
    private readonly shares: SharesService,
  ) {}

  /** Newest first; NOT_FOUND for anyone but the owner, exactly like a missing session. */
  async forSession(actor: MemberActor, sessionId: string, limit = DEFAULT_ACCESS_LOG_LIMIT): Promise<AccessLogEntryEntity[]> {
    const reflection = await this.shares.findReflection(actor.organisationId, sessionId);
    this.policy.assertOwner(actor, reflection, 'Reflection session');
    return this.db.repository(AccessLogEntryEntity).find({
      where: { organisationId: actor.organisationId, sessionId },
      order: { at: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  /** Reads of any of the caller's reflections, newest first. */
  forOwner(actor: MemberActor, limit = DEFAULT_ACCESS_LOG_LIMIT): Promise<AccessLogEntryEntity[]> {
    return this.db.repository(AccessLogEntryEntity).find({
      where: { organisationId: actor.organisationId, ownerMembershipId: actor.membershipId },
      order: { at: 'DESC', id: 'ASC' },
      take: limit,
    });
  }
}
