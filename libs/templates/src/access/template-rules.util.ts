import type { MemberActor, Role } from '#auth';
import type { ReflectionTemplateEntity } from '../entities/reflection-template.entity.js';

// Type-only imports keep these rules free of framework code (unit-testable on their own).
const hasRole = (actor: MemberActor, ...roles: Array<`${Role}`>): boolean => roles.some((role) => actor.roles.includes(role as Role));

type TemplateFacts = Pick<ReflectionTemplateEntity, 'organisationId' | 'ownerMembershipId' | 'personal'>;

/** Coaches, HR and admins read the organisation library (every template that is not personal). */
export const readsLibrary = (actor: MemberActor): boolean => hasRole(actor, 'COACH', 'HR', 'ORG_ADMIN');

/** Coaches and admins add to the library; participants write personal templates; HR neither. */
export function mayCreate(actor: MemberActor, personal: boolean): boolean {
  return personal ? hasRole(actor, 'PARTICIPANT', 'COACH', 'ORG_ADMIN') : hasRole(actor, 'COACH', 'ORG_ADMIN');
}

/**
 * A personal template is its owner's alone (not even admins see it). A library template is read by
 * coaches, HR and admins, and by a participant it is actively assigned to.
 */
export function mayRead(actor: MemberActor, template: TemplateFacts, assignedToActor: boolean): boolean {
  if (template.organisationId !== actor.organisationId) return false;
  if (template.personal) return template.ownerMembershipId === actor.membershipId;
  return readsLibrary(actor) || assignedToActor;
}

/** Owners edit their personal templates; coaches their own library templates; admins any library template. */
export function mayEdit(actor: MemberActor, template: TemplateFacts): boolean {
  if (template.organisationId !== actor.organisationId) return false;
  if (template.personal) return template.ownerMembershipId === actor.membershipId;
  if (hasRole(actor, 'ORG_ADMIN')) return true;
  return hasRole(actor, 'COACH') && template.ownerMembershipId === actor.membershipId;
}

/**
 * Who may start a session on a template: the owner of a personal one (unless archived); for the
 * library, a participant it is assigned to, and any member on a template that is not archived
 * (self-directed reflection).
 */
export function mayRunSession(
  actor: MemberActor,
  template: TemplateFacts & Pick<ReflectionTemplateEntity, 'archivedAt'>,
  assignedToActor: boolean,
): boolean {
  if (template.organisationId !== actor.organisationId) return false;
  if (template.personal) return template.ownerMembershipId === actor.membershipId && template.archivedAt === null;
  return assignedToActor || template.archivedAt === null;
}
