/** The parts of a reflection that a read can target. */
export type ReflectionPart = 'session' | 'turns' | 'summary' | 'action_plan' | 'qa' | 'trend' | 'access_log';

/** Parts a coach may read once the owner shared the reflection with them (PERMISSIONS.md). */
export const COACH_READABLE_PARTS: ReadonlySet<ReflectionPart> = new Set(['session', 'turns', 'summary', 'action_plan']);

/** The minimum the policy needs to know about a reflection. */
export interface OwnedReflection {
  id: string;
  organisationId: string;
  participantMembershipId: string;
}

export type ReflectionReader = { kind: 'owner' } | { kind: 'coach'; coachMembershipId: string };
