import { Inject, Injectable } from '@nestjs/common';
import { type AuthConfig, authConfig } from '#config';
import { TenantDatabase } from '#database';
import { LoginSessionEntity } from '../entities/login-session.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';

/**
 * A user's signed-in devices. Every query runs in the user's own scope (row-level security shows
 * a session to its user only). Revoking one ends its refresh tokens and, through the access check
 * of every request, its access tokens at once.
 */
@Injectable()
export class LoginSessionsService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async open(userId: string): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(`INSERT INTO login_sessions (user_id) VALUES ($1) RETURNING id`, [userId]);
    return row.id;
  }

  /** Whether the session can still be used (exists, is the user's and was not revoked). */
  async isLive(userId: string, sessionId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM login_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      userId,
    ]);
    return rows.length > 0;
  }

  async touch(userId: string, sessionId: string): Promise<void> {
    await this.db.query(`UPDATE login_sessions SET last_used_at = now() WHERE id = $1 AND user_id = $2`, [sessionId, userId]);
  }

  /** Sessions still in use: not revoked, and refreshed within the refresh token's lifetime. */
  list(userId: string): Promise<LoginSessionEntity[]> {
    return this.db
      .repository(LoginSessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL', { userId })
      .andWhere(`s.lastUsedAt > now() - make_interval(days => :days)`, { days: this.config.refreshTokenTtlDays })
      .orderBy('s.lastUsedAt', 'DESC')
      .getMany();
  }

  /** Revokes one of the user's sessions; NOT_FOUND when it is not theirs or already ended. */
  async revoke(userId: string, sessionId: string): Promise<void> {
    const rows = await this.db.query(
      `UPDATE login_sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
      [sessionId, userId],
    );
    if (!rows.length) throw new IdentityException('Session not found', IdentityExceptionCode.SESSION_NOT_FOUND);
  }

  /** Revokes every session of the user except `keep` (none kept when null); returns how many. */
  async revokeAllExcept(userId: string, keep: string | null): Promise<number> {
    const rows = await this.db.query(
      `UPDATE login_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [userId, keep],
    );
    return rows.length;
  }
}
