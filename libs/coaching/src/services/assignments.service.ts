import { Injectable } from '@nestjs/common';
import { hasRole, type MemberActor, Role } from '#auth';
import { TenantDatabase } from '#database';
import { MembershipEntity } from '#identity';
import { TemplateAccess } from '#templates';
import { CoachingException, CoachingExceptionCode } from '../coaching.exception.js';
import { AssignmentEntity } from '../entities/assignment.entity.js';
import { type AssignmentView, assignmentViewOf, mayCancel } from './assignment-view.util.js';
import { CoachingRelationshipsService } from './coaching-relationships.service.js';
import { resolveSchedule, type ScheduleRequest } from './schedule-request.util.js';

export interface AssignRequest extends ScheduleRequest {
  templateId: string;
  participantMembershipIds: string[];
}

export interface VisibleAssignment {
  assignment: AssignmentEntity;
  view: AssignmentView;
}

const notFound = () => new CoachingException('Assignment not found', CoachingExceptionCode.ASSIGNMENT_NOT_FOUND);
const memberNotFound = () => new CoachingException('Member not found', CoachingExceptionCode.MEMBER_NOT_FOUND);

/** Template assignments: who may assign to whom, on which schedule, and who sees what of them. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly relationships: CoachingRelationshipsService,
    private readonly templates: TemplateAccess,
  ) {}

  /** One assignment per participant, all or nothing. */
  async assign(actor: MemberActor, request: AssignRequest, now = new Date()): Promise<AssignmentEntity[]> {
    const organisationId = actor.organisationId;
    const participantIds = [...new Set(request.participantMembershipIds)];
    this.assertMayAssign(actor, participantIds);
    const schedule = resolveSchedule(request, now);

    // NOT_FOUND unless the assigner may read the template.
    const template = await this.templates.readable(actor, request.templateId);
    if (template.archivedAt) {
      throw CoachingException.invalid(CoachingExceptionCode.TEMPLATE_ARCHIVED, 'templateId', 'An archived template cannot be assigned');
    }
    await this.assertTargets(actor, participantIds);

    const rows = participantIds.map((participantMembershipId) => ({
      organisationId,
      templateId: template.id,
      participantMembershipId,
      assignedByMembershipId: actor.membershipId,
      cadence: schedule.spec.cadence,
      rrule: schedule.spec.rrule ?? null,
      timezone: schedule.spec.timezone,
      startsAt: schedule.spec.startsAt,
      windowDays: schedule.windowDays,
      nextDueAt: schedule.nextDueAt,
    }));
    const result = await this.db.repository(AssignmentEntity).insert(rows);
    const ids = result.identifiers.map((identifier) => identifier.id as string);
    const saved = await this.findByIds(organisationId, ids);
    const byId = new Map(saved.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id)!);
  }

  listForParticipant(organisationId: string, participantMembershipId: string, includeCancelled: boolean): Promise<AssignmentEntity[]> {
    const query = this.baseQuery(organisationId).andWhere('a.participant_membership_id = :participantMembershipId', {
      participantMembershipId,
    });
    if (!includeCancelled) query.andWhere('a.cancelled_at IS NULL');
    return query.getMany();
  }

  /** What the caller assigned, to participants they still coach (or to themselves). */
  listAssignedBy(
    actor: MemberActor,
    filter: { participantMembershipId?: string | null; includeCancelled: boolean },
  ): Promise<AssignmentEntity[]> {
    const query = this.baseQuery(actor.organisationId).andWhere('a.assigned_by_membership_id = :me', { me: actor.membershipId });
    if (!hasRole(actor, Role.ORG_ADMIN)) {
      query.andWhere(
        `(a.participant_membership_id = :me OR EXISTS (
            SELECT 1 FROM coaching_relationships c
             WHERE c.organisation_id = a.organisation_id AND c.coach_membership_id = :me
               AND c.participant_membership_id = a.participant_membership_id AND c.ended_at IS NULL))`,
      );
    }
    return this.filtered(query, filter);
  }

  /** Admin: every assignment of the organisation. */
  listAll(
    organisationId: string,
    filter: { participantMembershipId?: string | null; includeCancelled: boolean },
  ): Promise<AssignmentEntity[]> {
    return this.filtered(this.baseQuery(organisationId), filter);
  }

  findByIds(organisationId: string, ids: readonly string[]): Promise<AssignmentEntity[]> {
    return this.baseQuery(organisationId).andWhere('a.id = ANY(:ids)', { ids }).getMany();
  }

  /** The assignment as the caller may see it; NOT_FOUND when they may not see it at all. */
  async getVisible(actor: MemberActor, id: string): Promise<VisibleAssignment> {
    const [assignment] = await this.findByIds(actor.organisationId, [id]);
    if (!assignment) throw notFound();
    const view = assignmentViewOf(actor, assignment, await this.activeClientIdsOf(actor));
    if (!view) throw notFound();
    return { assignment, view };
  }

  async cancel(actor: MemberActor, id: string): Promise<AssignmentEntity> {
    const { assignment, view } = await this.getVisible(actor, id);
    if (!mayCancel(actor, assignment, view)) {
      throw new CoachingException('Only whoever assigned it, or an admin, can cancel this assignment', CoachingExceptionCode.NOT_ALLOWED);
    }
    if (assignment.cancelledAt) return assignment;
    // Stops materialisation and reminders; sessions already due stay for the record.
    await this.db.manager.query(
      `UPDATE assignments SET cancelled_at = now(), next_due_at = NULL WHERE organisation_id = $1 AND id = $2 AND cancelled_at IS NULL`,
      [actor.organisationId, id],
    );
    const [cancelled] = await this.findByIds(actor.organisationId, [id]);
    return cancelled;
  }

  /** Members the caller coaches right now (empty for non-coaches: no query). */
  activeClientIdsOf(actor: MemberActor): Promise<Set<string>> {
    if (!hasRole(actor, Role.COACH)) return Promise.resolve(new Set());
    return this.relationships.activeClientIds(actor.organisationId, actor.membershipId);
  }

  private assertMayAssign(actor: MemberActor, participantIds: string[]): void {
    const others = participantIds.filter((id) => id !== actor.membershipId);
    const mayAssignSelf = hasRole(actor, Role.PARTICIPANT, Role.COACH, Role.ORG_ADMIN);
    if (others.length < participantIds.length && !mayAssignSelf) {
      throw new CoachingException('Your role cannot assign reflections to yourself', CoachingExceptionCode.NOT_ALLOWED);
    }
    if (others.length && !hasRole(actor, Role.ORG_ADMIN, Role.COACH)) {
      throw new CoachingException('Participants can assign reflections to themselves only', CoachingExceptionCode.NOT_ALLOWED);
    }
  }

  /** Targets must be active members; a coach may only target their current clients (or self). */
  private async assertTargets(actor: MemberActor, participantIds: string[]): Promise<void> {
    const found = await this.db
      .repository(MembershipEntity)
      .createQueryBuilder('m')
      .select('m.id')
      .where('m.organisation_id = :organisationId AND m.id = ANY(:ids) AND m.removed_at IS NULL', {
        organisationId: actor.organisationId,
        ids: participantIds,
      })
      .getMany();
    if (found.length !== participantIds.length) throw memberNotFound();
    if (hasRole(actor, Role.ORG_ADMIN)) return;
    const clients = await this.activeClientIdsOf(actor);
    // Not a client answers like an unknown member: a coach cannot probe who is in the organisation.
    if (participantIds.some((id) => id !== actor.membershipId && !clients.has(id))) throw memberNotFound();
  }

  private baseQuery(organisationId: string) {
    return this.db
      .repository(AssignmentEntity)
      .createQueryBuilder('a')
      .where('a.organisation_id = :organisationId', { organisationId })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC');
  }

  private filtered(
    query: ReturnType<AssignmentsService['baseQuery']>,
    filter: { participantMembershipId?: string | null; includeCancelled: boolean },
  ) {
    if (filter.participantMembershipId)
      query.andWhere('a.participant_membership_id = :participantMembershipId', { participantMembershipId: filter.participantMembershipId });
    if (!filter.includeCancelled) query.andWhere('a.cancelled_at IS NULL');
    return query.getMany();
  }
}
