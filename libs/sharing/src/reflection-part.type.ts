/** The parts of a reflection that a read can target. */
/** `strain_note`: what the owner said in a distress exchange, acknowledged for them; never shared. */
export type ReflectionPart = 'session' | 'turns' | 'summary' | 'strain_note' | 'action_plan' | 'qa' | 'trend' | 'access_log';

/** Parts a coach may read once the owner shared the reflection with them (docs/permissions.md). */
export const COACH_READABLE_PARTS: ReadonlySet<ReflectionPart> = new Set(['session', 'turns', 'summary', 'action_plan']);

/** The minimum the policy needs to know about a reflection. */
export interface OwnedReflection {
  id: string;
  organisationId: string;
  participantMembershipId: string;
}

export type ReflectionReader = { kind: 'owner' } | { kind: 'coach'; coachMembershipId: string };
