import { hasRole, type MemberActor, Role } from '#auth';
import type { AssignmentEntity } from '../entities/assignment.entity.js';

/**
 * How the caller sees an assignment:
 * - `participant`: it is theirs; they see their sessions in full (the access policy still decides
 *   every reflection read).
 * - `assigner`: the coach who assigned it, while they still coach the participant, or an admin.
 *   They see the schedule and, for each due date, only its status and dates.
 * - null: not visible at all (answered like a missing id).
 */
export type AssignmentView = 'participant' | 'assigner';

type AssignmentRef = Pick<AssignmentEntity, 'organisationId' | 'participantMembershipId' | 'assignedByMembershipId'>;

export function assignmentViewOf(
  actor: MemberActor,
  assignment: AssignmentRef,
  activeClientIds: ReadonlySet<string>,
): AssignmentView | null {
  if (assignment.organisationId !== actor.organisationId) return null;
  if (assignment.participantMembershipId === actor.membershipId) return 'participant';
  if (hasRole(actor, Role.ORG_ADMIN)) return 'assigner';
  const assignedByMe = assignment.assignedByMembershipId === actor.membershipId;
  return assignedByMe && activeClientIds.has(assignment.participantMembershipId) ? 'assigner' : null;
}

/** Who may cancel: an admin, the assigner while coaching the participant, or a self-assigner. */
export function mayCancel(actor: MemberActor, assignment: AssignmentRef, view: AssignmentView | null): boolean {
  if (view === null) return false;
  if (hasRole(actor, Role.ORG_ADMIN)) return true;
  return assignment.assignedByMembershipId === actor.membershipId;
}
