import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { type Actor, Role } from '#auth';
import { preparedStatement, TenantDatabase } from '#database';
import { JobName, JobProducer, jobIdOf } from '#jobs';
import { MembershipEntity } from '../entities/membership.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';

export interface MemberChanges {
  roles?: Role[];
  department?: string | null;
  team?: string | null;
}

/** Every request reads it (behind its token), so it is prepared and rows come in entity shape. */
const ACTIVE_MEMBERSHIP = preparedStatement(
  `SELECT id, organisation_id AS "organisationId", user_id AS "userId", roles, department, team,
          aggregate_consent AS "aggregateConsent", removed_at AS "removedAt", created_at AS "createdAt"
     FROM memberships WHERE organisation_id = $1 AND user_id = $2 AND removed_at IS NULL`,
);

@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: JobProducer,
  ) {}

  /** The live membership behind a token; null once the member was removed. */
  async findActive(organisationId: string, userId: string): Promise<MembershipEntity | null> {
    const [row] = await this.db.query<MembershipEntity>(ACTIVE_MEMBERSHIP, [organisationId, userId]);
    return row ? Object.assign(new MembershipEntity(), row) : null;
  }

  async getActive(organisationId: string, membershipId: string): Promise<MembershipEntity> {
    const membership = await this.db.repository(MembershipEntity).findOneBy({ organisationId, id: membershipId, removedAt: IsNull() });
    if (!membership) throw new IdentityException('Member not found', IdentityExceptionCode.MEMBER_NOT_FOUND);
    return membership;
  }

  list(organisationId: string): Promise<MembershipEntity[]> {
    return this.db.repository(MembershipEntity).find({ where: { organisationId, removedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  /** Every active membership of the user, across organisations (needs the user's own scope). */
  listForUser(userId: string): Promise<MembershipEntity[]> {
    return this.db.repository(MembershipEntity).find({ where: { userId, removedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<MembershipEntity[]> {
    return this.db.repository(MembershipEntity).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids }).getMany();
  }

  toActor(membership: MembershipEntity): Actor {
    return { userId: membership.userId, organisationId: membership.organisationId, membershipId: membership.id, roles: membership.roles };
  }

  async update(organisationId: string, membershipId: string, changes: MemberChanges): Promise<MembershipEntity> {
    const membership = await this.getActive(organisationId, membershipId);
    if (changes.roles && !changes.roles.includes(Role.ORG_ADMIN) && membership.roles.includes(Role.ORG_ADMIN)) {
      await this.assertAnotherAdmin(organisationId, membershipId);
    }
    await this.db.repository(MembershipEntity).update(
      { id: membershipId, organisationId },
      {
        ...(changes.roles ? { roles: [...new Set(changes.roles)] } : {}),
        ...(changes.department !== undefined ? { department: changes.department } : {}),
        ...(changes.team !== undefined ? { team: changes.team } : {}),
      },
    );
    return this.getActive(organisationId, membershipId);
  }

  async remove(organisationId: string, membershipId: string): Promise<MembershipEntity> {
    const membership = await this.getActive(organisationId, membershipId);
    if (membership.roles.includes(Role.ORG_ADMIN)) await this.assertAnotherAdmin(organisationId, membershipId);
    membership.removedAt = new Date();
    const removed = await this.db.repository(MembershipEntity).save(membership);
    // Their HR rollup rows go too (by job name: identity must not depend on analytics).
    await this.jobs.enqueue(
      JobName.RefreshParticipantRollup,
      { organisationId, participantMembershipId: membershipId },
      { jobId: jobIdOf('rollup', membershipId, 'removed', removed.removedAt?.getTime() ?? 0) },
    );
    return removed;
  }

  async setAggregateConsent(organisationId: string, membershipId: string, include: boolean): Promise<MembershipEntity> {
    await this.db.repository(MembershipEntity).update({ id: membershipId, organisationId }, { aggregateConsent: include });
    return this.getActive(organisationId, membershipId);
  }

  private async assertAnotherAdmin(organisationId: string, membershipId: string): Promise<void> {
    const admins = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1 AND id <> $2 AND removed_at IS NULL AND 'ORG_ADMIN' = ANY(roles)`,
      [organisationId, membershipId],
    );
    if (admins[0].n === 0) throw new IdentityException('An organisation needs at least one admin', IdentityExceptionCode.LAST_ADMIN);
  }
}
