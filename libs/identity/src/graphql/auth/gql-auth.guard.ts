import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { type Actor, hasRole, IS_PUBLIC, ORGANISATION_OPTIONAL, REQUIRED_ROLES, type Role } from '#auth';
import { NO_SCOPE, TenantDatabase } from '#database';
import { IdentityException, IdentityExceptionCode } from '../../identity.exception.js';

interface GqlRequest {
  user?: Actor;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Global guard of every root field: authenticates (passport-jwt), requires an organisation unless
 * the operation says otherwise, and checks roles. Public operations run with an empty tenant scope.
 */
@Injectable()
export class GqlAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: TenantDatabase,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext): GqlRequest {
    return GqlExecutionContext.create(context).getContext<{ req: GqlRequest }>().req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // HTTP routes (health, metrics) are public and touch no tenant data.
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      await this.db.begin(NO_SCOPE);
      return true;
    }
    const request = this.getRequest(context);
    // Several root fields in one operation authenticate once.
    if (!request.user) await super.canActivate(context);
    const actor = request.user;
    if (!actor) throw new IdentityException('Authentication required', IdentityExceptionCode.INVALID_TOKEN);

    const organisationOptional = this.reflector.getAllAndOverride<boolean>(ORGANISATION_OPTIONAL, targets);
    if (!organisationOptional && !actor.organisationId) {
      throw new IdentityException('Select an organisation first', IdentityExceptionCode.ORGANISATION_REQUIRED);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !hasRole(actor, ...roles)) {
      throw new IdentityException('Your role does not allow this', IdentityExceptionCode.INSUFFICIENT_ROLE);
    }
    return true;
  }

  override handleRequest<TUser = Actor>(error: unknown, user: TUser | false): TUser {
    if (error instanceof IdentityException) throw error;
    if (error || !user) throw new IdentityException('Invalid or expired access token', IdentityExceptionCode.INVALID_TOKEN);
    return user;
  }
}
