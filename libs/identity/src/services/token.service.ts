import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AuthConfig, authConfig } from '#config';
import { TenantDatabase } from '#database';
import { RefreshTokenEntity } from '../entities/refresh-token.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { asPresentedRefreshToken } from './account-scope.util.js';
import { jwtKeyOf } from './jwt-key.util.js';
import { LoginSessionsService } from './login-sessions.service.js';
import { randomToken, sha256 } from './secret-token.util.js';

export const JWT_ALGORITHM = 'HS256' as const;

/**
 * Claims of an access token. `typ` keeps other token kinds from being accepted as access tokens;
 * `sid` is the login session (refresh token family) it was issued to, checked on every request.
 */
export interface AccessClaims {
  sub: string;
  org: string | null;
  mid: string | null;
  sid: string;
  typ: 'access';
  iat?: number;
  exp?: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly db: TenantDatabase,
    private readonly sessions: LoginSessionsService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  /** Issues an access and a refresh token, in `sessionId` or a new login session. Needs the user's scope. */
  async issue(userId: string, organisationId: string | null, membershipId: string | null, sessionId?: string): Promise<IssuedTokens> {
    const sid = sessionId ?? (await this.sessions.open(userId));
    const claims: AccessClaims = { sub: userId, org: organisationId, mid: membershipId, sid, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: JWT_ALGORITHM,
      privateKey: jwtKeyOf(this.config.jwtSecret),
      issuer: this.config.issuer,
      audience: this.config.audience,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
    const refreshToken = randomToken();
    await this.db.repository(RefreshTokenEntity).insert({
      userId,
      familyId: sid,
      organisationId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return { accessToken, refreshToken, sessionId: sid };
  }

  /**
   * Consumes a refresh token; the request then runs in its user's scope. A token presented twice
   * means it was stolen or replayed: its session is revoked (committed even though the request
   * fails), which also ends every access token issued in it.
   */
  async consumeRefreshToken(token: string): Promise<RefreshTokenEntity> {
    const repo = this.db.repository(RefreshTokenEntity);
    const tokenHash = sha256(token);
    const row = await asPresentedRefreshToken(this.db, tokenHash, () => repo.findOneBy({ tokenHash }));
    const invalid = () => new IdentityException('Invalid refresh token', IdentityExceptionCode.INVALID_TOKEN);
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
    await this.db.enterScope({ organisationId: null, userId: row.userId });
    if (!(await this.sessions.isLive(row.userId, row.familyId))) throw invalid();
    const claimed = await repo
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: row.id })
      .execute();
    if (!claimed.affected) {
      await this.sessions.revoke(row.userId, row.familyId).catch(() => undefined);
      await this.db.commitNow();
      throw new IdentityException('Refresh token reuse detected; the session was revoked', IdentityExceptionCode.REFRESH_TOKEN_REUSED);
    }
    await this.sessions.touch(row.userId, row.familyId);
    return row;
  }
}
