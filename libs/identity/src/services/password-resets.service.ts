import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '#common';
import { type AuthConfig, authConfig } from '#config';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { JobName, JobProducer } from '#jobs';
import { SEND_LEASE_SECONDS } from '#notifications';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { AccountThrottle } from './account-throttle.service.js';
import { LoginSessionsService } from './login-sessions.service.js';
import { hmac, safeEqual } from './secret-token.util.js';
import { UsersService } from './users.service.js';

export interface ResetEmail {
  to: string;
  displayName: string;
  token: string;
  expiresAt: Date;
}

/**
 * Password reset by email. A request answers the same whether or not the email has an account;
 * only an account gets a reset row and, from the worker, an email. The emailed token is
 * `<userId>.<resetId>.<mac>` (MAC keyed by the server secret): single-use, expiring, never stored.
 * A reset ends every login session of the account.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UsersService,
    private readonly sessions: LoginSessionsService,
    private readonly throttle: AccountThrottle,
    private readonly jobs: JobProducer,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async request(email: string): Promise<void> {
    await this.throttle.assertEmailAttempt('password-reset', email);
    const user = await this.users.findByEmail(email);
    if (!user) return;
    await this.db.withScope({ organisationId: null, userId: user.id }, async () => {
      const [reset] = await this.db.query<{ id: string }>(
        `INSERT INTO password_resets (user_id, expires_at) VALUES ($1, now() + make_interval(mins => $2)) RETURNING id`,
        [user.id, this.config.passwordResetTtlMinutes],
      );
      // No outbox row (it is tenant-owned): an unsent reset is found again by the worker's sweep.
      this.jobs.enqueueAfterCommit(
        JobName.SendPasswordResetEmails,
        { organisationId: null, userId: user.id, resetId: reset.id },
        { jobId: `password-reset.${reset.id}` },
      );
    });
  }

  /** Sets the new password if the token is valid, unused and unexpired; ends every session. */
  async reset(token: string, newPassword: string): Promise<void> {
    const invalid = new IdentityException('This reset link is invalid or has expired', IdentityExceptionCode.RESET_TOKEN_INVALID);
    const [userId, resetId, mac] = token.split('.');
    if (!isUuid(userId) || !isUuid(resetId) || !mac || !safeEqual(mac, this.mac(userId, resetId))) throw invalid;
    await this.db.enterScope({ organisationId: null, userId });
    const claimed = await this.db.query(
      `UPDATE password_resets SET used_at = now() WHERE id = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [resetId, userId],
    );
    if (!claimed.length) throw invalid;
    await this.users.setPassword(userId, newPassword);
    await this.db.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    await this.sessions.revokeAllExcept(userId, null);
  }

  /**
   * For the mail job, in the user's scope: claims the reset's email (a claim older than the send
   * lease, never recorded sent, is taken again) and returns what to send, or null when it was
   * sent, used, expired or is being sent meanwhile. The job commits the claim before sending.
   */
  async claimEmail(userId: string, resetId: string): Promise<ResetEmail | null> {
    const [reset] = await this.db.query<{ expiresAt: Date }>(
      `UPDATE password_resets SET email_claimed_at = clock_timestamp()
        WHERE id = $1 AND user_id = $2 AND emailed_at IS NULL AND used_at IS NULL AND expires_at > now()
          AND (email_claimed_at IS NULL OR email_claimed_at < clock_timestamp() - make_interval(secs => $3))
        RETURNING expires_at AS "expiresAt"`,
      [resetId, userId, SEND_LEASE_SECONDS],
    );
    if (!reset) return null;
    const user = await this.users.getById(userId);
    return {
      to: user.email,
      displayName: user.displayName,
      token: `${userId}.${resetId}.${this.mac(userId, resetId)}`,
      expiresAt: reset.expiresAt,
    };
  }

  /** After the send: recorded emailed, or (the send failed) the claim given up for the retry. */
  async finishEmail(resetId: string, sent: boolean): Promise<void> {
    await this.db.query(
      sent
        ? `UPDATE password_resets SET emailed_at = clock_timestamp() WHERE id = $1`
        : `UPDATE password_resets SET email_claimed_at = NULL WHERE id = $1 AND emailed_at IS NULL`,
      [resetId],
    );
    await this.db.commitNow();
  }

  /** Resets whose email was never sent (Redis was down when they were asked for). */
  unsent(olderThanSeconds: number): Promise<Array<{ userId: string; resetId: string }>> {
    return this.db.run(SYSTEM_SCOPE, () =>
      this.db.query<{ userId: string; resetId: string }>(
        `SELECT user_id AS "userId", id AS "resetId" FROM password_resets
          WHERE emailed_at IS NULL AND used_at IS NULL AND expires_at > now() AND created_at < now() - make_interval(secs => $1)
            AND (email_claimed_at IS NULL OR email_claimed_at < now() - make_interval(secs => $2))
          ORDER BY created_at LIMIT 500`,
        [olderThanSeconds, SEND_LEASE_SECONDS],
      ),
    );
  }

  private mac(userId: string, resetId: string): string {
    return hmac(this.config.jwtSecret, `password-reset:${userId}:${resetId}`);
  }
}
