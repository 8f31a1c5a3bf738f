import { Injectable } from '@nestjs/common';
import type { Actor } from '#auth';
import type { LoginSessionEntity } from '../entities/login-session.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { AccountThrottle } from './account-throttle.service.js';
import { LoginSessionsService } from './login-sessions.service.js';
import { UsersService } from './users.service.js';

/** What a signed-in user does to their own account: password, sign-out, devices. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: LoginSessionsService,
    private readonly throttle: AccountThrottle,
  ) {}

  /** Changes the password and signs out every other device (their tokens stop working at once). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<number> {
    const { email } = await this.users.getById(actor.userId);
    await this.throttle.assertMayTry(email, address);
    if (!(await this.users.verifyPassword(actor.userId, currentPassword))) {
      await this.throttle.recordFailure(email, address);
      throw new IdentityException('The current password is not correct', IdentityExceptionCode.WRONG_PASSWORD, {
        field: 'currentPassword',
      });
    }
    await this.users.setPassword(actor.userId, newPassword);
    return this.sessions.revokeAllExcept(actor.userId, actor.sessionId ?? null);
  }

  /** Ends the caller's own session: its refresh token and every access token issued in it. */
  logout(actor: Actor): Promise<void> {
    if (!actor.sessionId) throw new IdentityException('Session not found', IdentityExceptionCode.SESSION_NOT_FOUND);
    return this.sessions.revoke(actor.userId, actor.sessionId);
  }

  listSessions(actor: Actor): Promise<LoginSessionEntity[]> {
    return this.sessions.list(actor.userId);
  }

  revokeSession(actor: Actor, sessionId: string): Promise<void> {
    return this.sessions.revoke(actor.userId, sessionId);
  }
}
