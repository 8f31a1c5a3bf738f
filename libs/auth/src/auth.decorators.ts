import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from './role.enum.js';

export const IS_PUBLIC = 'waypoint:public';
export const ORGANISATION_OPTIONAL = 'waypoint:organisation-optional';
export const REQUIRED_ROLES = 'waypoint:roles';

/** No token needed (sign-up, login, refresh, accepting an invitation). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** A token not yet scoped to an organisation is enough (me, createOrganisation, switch). */
export const OrganisationOptional = () => SetMetadata(ORGANISATION_OPTIONAL, true);

/** The caller must hold at least one of these roles in the token's organisation. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated caller (`Actor`, or `MemberActor` on organisation-scoped operations). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<{ req: { user?: unknown } }>().req.user;
});

/** The client's address as the HTTP server sees it (behind a proxy only with TRUST_PROXY). */
export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = GqlExecutionContext.create(context).getContext<{ req: { ip?: string } }>().req;
  return request?.ip ?? 'unknown';
});
