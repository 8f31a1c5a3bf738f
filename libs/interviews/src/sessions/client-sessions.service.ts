import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { MemberActor } from '#auth';
import { filterPage, keysetPage, NotFoundException, type Page, type PageArgs } from '#common';
import { TenantDatabase } from '#database';
import { ReflectionAccessPolicy, SharesService } from '#sharing';
import { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';

/** A coach's view of one client: the sessions that client shared with this coach, nothing else. */
@Injectable()
export class ClientSessionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly shares: SharesService,
    private readonly policy: ReflectionAccessPolicy,
  ) {}

  /**
   * Newest first. A member the caller does not coach right now answers NOT_FOUND, exactly like an
   * unknown id (whatever the caller's role). Each session returned is a logged read.
   */
  async list(actor: MemberActor, participantMembershipId: string): Promise<ReflectionSessionEntity[]> {
    const shared = await (await this.sharedQuery(actor, participantMembershipId))
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id')
      .getMany();
    // The policy decides (and logs) each one; the query only narrows what it is asked about.
    return this.policy.filterReadable(actor, shared, 'session');
  }

  /** A page of `list`, newest first. */
  async page(actor: MemberActor, participantMembershipId: string, args: PageArgs): Promise<Page<ReflectionSessionEntity>> {
    const page = await keysetPage(await this.sharedQuery(actor, participantMembershipId), args, {
      column: 'created_at',
      direction: 'DESC',
    });
    return filterPage(page, (sessions) => this.policy.filterReadable(actor, sessions, 'session'));
  }

  private async sharedQuery(actor: MemberActor, participantMembershipId: string): Promise<SelectQueryBuilder<ReflectionSessionEntity>> {
    if (!(await this.shares.isCurrentCoach(actor.organisationId, actor.membershipId, participantMembershipId))) {
      throw new NotFoundException('Client');
    }
    return this.db
      .repository(ReflectionSessionEntity)
      .createQueryBuilder('r')
      .where('r.organisation_id = :organisationId AND r.participant_membership_id = :participantMembershipId', {
        organisationId: actor.organisationId,
        participantMembershipId,
      })
      .andWhere(
        `EXISTS (SELECT 1 FROM session_shares s
                  WHERE s.organisation_id = r.organisation_id AND s.session_id = r.id
                    AND s.coach_membership_id = :coach AND s.revoked_at IS NULL)`,
        { coach: actor.membershipId },
      );
  }
}
