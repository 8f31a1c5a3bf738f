import type { Role } from './role.enum.js';

/** Who is calling: resolved from a verified access token and a live membership check. */
export interface Actor {
  userId: string;
  /** Null only for a token not yet scoped to an organisation (just signed up). */
  organisationId: string | null;
  membershipId: string | null;
  roles: Role[];
  /** The login session (device) the access token belongs to. */
  sessionId?: string;
}

/** An actor whose token is scoped to an organisation: required by every tenant operation. */
export interface MemberActor extends Actor {
  organisationId: string;
  membershipId: string;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));
