import { Injectable } from '@nestjs/common';
import { hasRole, type MemberActor, Role } from '#auth';
import { TenantDatabase } from '#database';
import { MembershipEntity, OrganisationsService } from '#identity';
import { CoachingException, CoachingExceptionCode } from '../coaching.exception.js';
import { CoachingRelationshipEntity } from '../entities/coaching-relationship.entity.js';

const notFound = () => new CoachingException('Coaching relationship not found', CoachingExceptionCode.RELATIONSHIP_NOT_FOUND);
const memberNotFound = () => new CoachingException('Member not found', CoachingExceptionCode.MEMBER_NOT_FOUND);
const notAllowed = (message: string) => new CoachingException(message, CoachingExceptionCode.NOT_ALLOWED);

/**
 * Coach-client relationships. Admins start and end any; a coach starts one for themselves only
 * when the organisation allows it, and ends their own. "Active" (ended_at IS NULL) is what the
 * reflection access policy checks on every read, so ending one takes effect on the next request.
 */
@Injectable()
export class CoachingRelationshipsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly organisations: OrganisationsService,
  ) {}

  async start(actor: MemberActor, coachMembershipId: string, participantMembershipId: string): Promise<CoachingRelationshipEntity> {
    const organisationId = actor.organisationId;
    await this.assertMayStart(actor, coachMembershipId);
    if (coachMembershipId === participantMembershipId) {
      throw CoachingException.invalid(CoachingExceptionCode.SELF_COACHING, 'participantMembershipId', 'A member cannot coach themselves');
    }
    const members = await this.activeMembers(organisationId, [coachMembershipId, participantMembershipId]);
    const coach = members.get(coachMembershipId);
    if (!coach || !members.has(participantMembershipId)) throw memberNotFound();
    if (!coach.roles.includes(Role.COACH)) {
      throw CoachingException.invalid(CoachingExceptionCode.NOT_A_COACH, 'coachMembershipId', 'This member does not hold the COACH role');
    }
    // The partial unique index allows one active relationship per pair; history is kept.
    const inserted: Array<{ id: string }> = await this.db.manager.query(
      `INSERT INTO coaching_relationships (organisation_id, coach_membership_id, participant_membership_id, created_by_membership_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, coach_membership_id, participant_membership_id) WHERE ended_at IS NULL DO NOTHING
       RETURNING id`,
      [organisationId, coachMembershipId, participantMembershipId, actor.membershipId],
    );
    if (!inserted.length) {
      throw new CoachingException('This coach already coaches this participant', CoachingExceptionCode.RELATIONSHIP_EXISTS);
    }
    return this.db.repository(CoachingRelationshipEntity).findOneByOrFail({ organisationId, id: inserted[0].id });
  }

  async end(actor: MemberActor, relationshipId: string): Promise<CoachingRelationshipEntity> {
    if (!hasRole(actor, Role.ORG_ADMIN, Role.COACH)) throw notAllowed('Only an admin or the coach can end a coaching relationship');
    const repo = this.db.repository(CoachingRelationshipEntity);
    const relationship = await repo.findOneBy({ organisationId: actor.organisationId, id: relationshipId });
    // Another coach's relationship answers like a missing one.
    if (!relationship || (!hasRole(actor, Role.ORG_ADMIN) && relationship.coachMembershipId !== actor.membershipId)) throw notFound();
    if (relationship.endedAt) return relationship;
    await this.db.manager.query(
      `UPDATE coaching_relationships SET ended_at = now() WHERE organisation_id = $1 AND id = $2 AND ended_at IS NULL`,
      [actor.organisationId, relationshipId],
    );
    return repo.findOneByOrFail({ organisationId: actor.organisationId, id: relationshipId });
  }

  /** Admins see every relationship of the organisation; others the ones they are part of. */
  listVisible(actor: MemberActor, activeOnly: boolean): Promise<CoachingRelationshipEntity[]> {
    const query = this.db
      .repository(CoachingRelationshipEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId', { organisationId: actor.organisationId })
      .orderBy('c.started_at', 'DESC')
      .addOrderBy('c.id');
    if (!hasRole(actor, Role.ORG_ADMIN)) {
      query.andWhere('(c.coach_membership_id = :me OR c.participant_membership_id = :me)', { me: actor.membershipId });
    }
    if (activeOnly) query.andWhere('c.ended_at IS NULL');
    return query.getMany();
  }

  /** Active members this coach currently coaches. */
  activeClients(organisationId: string, coachMembershipId: string): Promise<MembershipEntity[]> {
    return this.activeCounterparts(organisationId, 'coach_membership_id', coachMembershipId, 'participant_membership_id');
  }

  /** Active members currently coaching this participant (whom they may share a reflection with). */
  activeCoaches(organisationId: string, participantMembershipId: string): Promise<MembershipEntity[]> {
    return this.activeCounterparts(organisationId, 'participant_membership_id', participantMembershipId, 'coach_membership_id');
  }

  async activeClientIds(organisationId: string, coachMembershipId: string): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT participant_membership_id AS id FROM coaching_relationships
        WHERE organisation_id = $1 AND coach_membership_id = $2 AND ended_at IS NULL`,
      [organisationId, coachMembershipId],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async assertMayStart(actor: MemberActor, coachMembershipId: string): Promise<void> {
    if (hasRole(actor, Role.ORG_ADMIN)) return;
    if (!hasRole(actor, Role.COACH)) throw notAllowed('Only an admin or a coach can start a coaching relationship');
    if (coachMembershipId !== actor.membershipId) throw notAllowed('A coach can only start coaching relationships for themselves');
    const organisation = await this.organisations.get(actor.organisationId);
    if (organisation.settings.coachesMayInviteClients !== true) {
      throw notAllowed('This organisation lets only admins start coaching relationships');
    }
  }

  private async activeMembers(organisationId: string, ids: string[]): Promise<Map<string, MembershipEntity>> {
    const members = await this.db
      .repository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.organisation_id = :organisationId AND m.id = ANY(:ids) AND m.removed_at IS NULL', { organisationId, ids })
      .getMany();
    return new Map(members.map((m) => [m.id, m]));
  }

  private activeCounterparts(organisationId: string, ownColumn: string, ownId: string, otherColumn: string): Promise<MembershipEntity[]> {
    return this.db
      .repository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(
        CoachingRelationshipEntity,
        'c',
        `c.organisation_id = m.organisation_id AND c.${otherColumn} = m.id AND c.ended_at IS NULL`,
      )
      .where(`m.organisation_id = :organisationId AND c.${ownColumn} = :ownId AND m.removed_at IS NULL`, { organisationId, ownId })
      .orderBy('c.started_at', 'ASC')
      .getMany();
  }
}
