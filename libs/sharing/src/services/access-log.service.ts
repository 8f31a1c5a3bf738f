import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { type KeysetOrder, keysetPage, type Page, type PageArgs } from '#common';
import { TenantDatabase } from '#database';
import { AccessLogEntryEntity } from '../entities/access-log-entry.entity.js';
import { ReflectionAccessPolicy } from '../reflection-access.policy.js';
import { SharesService } from './shares.service.js';

export const DEFAULT_ACCESS_LOG_LIMIT = 200;
export const MAX_ACCESS_LOG_LIMIT = 1000;

const NEWEST_FIRST: KeysetOrder = { column: 'at', direction: 'DESC' };

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

  /** A page of `forSession`, newest first. */
  async pageForSession(actor: MemberActor, sessionId: string, page: PageArgs): Promise<Page<AccessLogEntryEntity>> {
    const reflection = await this.shares.findReflection(actor.organisationId, sessionId);
    this.policy.assertOwner(actor, reflection, 'Reflection session');
    const query = this.db
      .repository(AccessLogEntryEntity)
      .createQueryBuilder('l')
      .where('l.organisation_id = :organisationId AND l.session_id = :sessionId', { organisationId: actor.organisationId, sessionId });
    return keysetPage(query, page, NEWEST_FIRST);
  }

  /** A page of `forOwner`, newest first. */
  pageForOwner(actor: MemberActor, page: PageArgs): Promise<Page<AccessLogEntryEntity>> {
    const query = this.db
      .repository(AccessLogEntryEntity)
      .createQueryBuilder('l')
      .where('l.organisation_id = :organisationId AND l.owner_membership_id = :me', {
        organisationId: actor.organisationId,
        me: actor.membershipId,
      });
    return keysetPage(query, page, NEWEST_FIRST);
  }
}
