import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { MembershipEntity } from '../entities/membership.entity.js';
import type { UserEntity } from '../entities/user.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { InvitationsService } from './invitations.service.js';
import { MembershipsService } from './memberships.service.js';
import { OrganisationsService } from './organisations.service.js';
import { TokenService, type IssuedTokens } from './token.service.js';
import { UsersService } from './users.service.js';

export interface AuthSession extends IssuedTokens {
  user: UserEntity;
  membership: MembershipEntity | null;
}

/** Sign-up, login, token refresh and organisation switching: everything that issues tokens. */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly tokens: TokenService,
  ) {}

  async signUp(email: string, password: string, displayName: string): Promise<AuthSession> {
    const user = await this.users.create(email, password, displayName);
    return this.session(user, null);
  }

  async login(email: string, password: string, organisationId?: string | null): Promise<AuthSession> {
    const user = await this.users.verifyCredentials(email, password);
    if (!user) throw new IdentityException('Invalid email or password', IdentityExceptionCode.INVALID_CREDENTIALS);
    const memberships = await this.db.withScope({ organisationId: null, userId: user.id }, () => this.memberships.listForUser(user.id));
    let membership: MembershipEntity | null = memberships[0] ?? null;
    if (organisationId) {
      membership = memberships.find((m) => m.organisationId === organisationId) ?? null;
      if (!membership) throw new IdentityException('You are not a member of this organisation', IdentityExceptionCode.NOT_A_MEMBER);
    }
    return this.session(user, membership);
  }

  async refresh(refreshToken: string): Promise<AuthSession> {
    const consumed = await this.tokens.consumeRefreshToken(refreshToken);
    const user = await this.users.getById(consumed.userId);
    let membership: MembershipEntity | null = null;
    if (consumed.organisationId) {
      const organisationId = consumed.organisationId;
      membership = await this.db.withScope({ organisationId, userId: user.id }, () => this.memberships.findActive(organisationId, user.id));
      if (!membership) throw new IdentityException('You are no longer a member of this organisation', IdentityExceptionCode.INVALID_TOKEN);
    }
    return this.session(user, membership, consumed.familyId);
  }

  async switchOrganisation(userId: string, organisationId: string): Promise<AuthSession> {
    const membership = await this.db.withScope({ organisationId, userId }, () => this.memberships.findActive(organisationId, userId));
    if (!membership) throw new IdentityException('You are not a member of this organisation', IdentityExceptionCode.NOT_A_MEMBER);
    return this.session(await this.users.getById(userId), membership);
  }

  async createOrganisation(userId: string, name: string): Promise<AuthSession> {
    const { membership } = await this.organisations.create(name, userId);
    return this.session(await this.users.getById(userId), membership);
  }

  /**
   * Accepts an invitation: an existing account proves itself with its password, a new one is
   * created from the password and display name. The invitation is single-use.
   */
  async acceptInvitation(token: string, password?: string | null, displayName?: string | null): Promise<AuthSession> {
    const { organisationId } = this.invitations.parse(token);
    return this.db.withScope({ organisationId, userId: null }, async () => {
      const invitation = await this.invitations.redeem(token);
      let user = await this.users.findByEmail(invitation.email);
      if (user) {
        const verified = password ? await this.users.verifyCredentials(invitation.email, password) : null;
        if (!verified) throw new IdentityException('Sign in with your existing password to accept', IdentityExceptionCode.INVALID_CREDENTIALS);
      } else {
        if (!password || !displayName) {
          throw new IdentityException('A password and display name are needed to create your account', IdentityExceptionCode.INVALID_INPUT, {
            field: !password ? 'password' : 'displayName',
          });
        }
        user = await this.users.create(invitation.email, password, displayName);
      }
      const membership = await this.invitations.addMember(invitation, user.id);
      return this.session(user, membership);
    });
  }

  private async session(user: UserEntity, membership: MembershipEntity | null, familyId?: string): Promise<AuthSession> {
    const tokens = await this.tokens.issue(user.id, membership?.organisationId ?? null, membership?.id ?? null, familyId);
    return { ...tokens, user, membership };
  }
}
