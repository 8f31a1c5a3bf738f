import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { MembershipEntity } from '../entities/membership.entity.js';
import type { UserEntity } from '../entities/user.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { AccountThrottle } from './account-throttle.service.js';
import { InvitationsService } from './invitations.service.js';
import { MembershipsService } from './memberships.service.js';
import { OrganisationsService } from './organisations.service.js';
import { type IssuedTokens, TokenService } from './token.service.js';
import { UsersService } from './users.service.js';

export interface AuthSession extends IssuedTokens {
  user: UserEntity;
  membership: MembershipEntity | null;
}

const invalidCredentials = () => new IdentityException('Invalid email or password', IdentityExceptionCode.INVALID_CREDENTIALS);

/**
 * Sign-up, login, token refresh and organisation switching: everything that issues tokens. Once
 * tokens are issued, the rest of the request runs in their scope (the payload's user, membership
 * and organisation resolve as the signed-in user would see them).
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly tokens: TokenService,
    private readonly throttle: AccountThrottle,
  ) {}

  async signUp(email: string, password: string, displayName: string): Promise<AuthSession> {
    await this.throttle.assertEmailAttempt('sign-up', email);
    const user = await this.users.create(email, password, displayName);
    return this.session(user, null);
  }

  async login(email: string, password: string, organisationId: string | null | undefined, address: string): Promise<AuthSession> {
    const user = await this.checkPassword(email, password, address);
    await this.db.enterScope({ organisationId: null, userId: user.id });
    const memberships = await this.memberships.listForUser(user.id);
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

  async switchOrganisation(userId: string, organisationId: string, sessionId: string | undefined): Promise<AuthSession> {
    const membership = await this.db.withScope({ organisationId, userId }, () => this.memberships.findActive(organisationId, userId));
    if (!membership) throw new IdentityException('You are not a member of this organisation', IdentityExceptionCode.NOT_A_MEMBER);
    return this.session(await this.users.getById(userId), membership, sessionId);
  }

  async createOrganisation(userId: string, name: string, sessionId: string | undefined): Promise<AuthSession> {
    const { membership } = await this.organisations.create(name, userId);
    return this.session(await this.users.getById(userId), membership, sessionId);
  }

  /**
   * Accepts an invitation: an existing account proves itself with its password, a new one is
   * created from the password and display name. The invitation is single-use. Without a password
   * the answer is the same whether the invited email has an account or not.
   */
  async acceptInvitation(
    token: string,
    password: string | null | undefined,
    displayName: string | null | undefined,
    address: string,
  ): Promise<AuthSession> {
    const { organisationId } = this.invitations.parse(token);
    if (!password) {
      throw new IdentityException(
        'A password is needed to accept: your current one if you already have an account, or a new one (with a display name) to create it',
        IdentityExceptionCode.INVALID_INPUT,
        { field: 'password' },
      );
    }
    const { user, membership } = await this.db.withScope({ organisationId, userId: null }, async () => {
      const invitation = await this.invitations.redeem(token);
      let user = await this.users.findByEmail(invitation.email);
      if (user) {
        await this.checkPassword(invitation.email, password, address);
      } else {
        if (!displayName) {
          throw new IdentityException('A display name is needed to create your account', IdentityExceptionCode.INVALID_INPUT, {
            field: 'displayName',
          });
        }
        user = await this.users.create(invitation.email, password, displayName);
      }
      return { user, membership: await this.invitations.addMember(invitation, user.id) };
    });
    return this.session(user, membership);
  }

  /** Verifies a password under the per-account limits (see AccountThrottle). */
  private async checkPassword(email: string, password: string, address: string): Promise<UserEntity> {
    await this.throttle.assertMayTry(email, address);
    const user = await this.users.verifyCredentials(email, password);
    if (!user) {
      await this.throttle.recordFailure(email, address);
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(email, address);
    return user;
  }

  private async session(user: UserEntity, membership: MembershipEntity | null, sessionId?: string): Promise<AuthSession> {
    await this.db.enterScope({ organisationId: membership?.organisationId ?? null, userId: user.id });
    const tokens = await this.tokens.issue(user.id, membership?.organisationId ?? null, membership?.id ?? null, sessionId);
    return { ...tokens, user, membership };
  }
}
