import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { authConfig, type AuthConfig } from '#config';
import { TenantDatabase } from '#database';
import { RefreshTokenEntity } from '../entities/refresh-token.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { jwtKeyOf } from './jwt-key.util.js';
import { randomToken, sha256 } from './secret-token.util.js';

export const JWT_ALGORITHM = 'HS256' as const;

/** Claims of an access token. `typ` keeps other token kinds from being accepted as access tokens. */
export interface AccessClaims {
  sub: string;
  org: string | null;
  mid: string | null;
  typ: 'access';
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly db: TenantDatabase,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async issue(userId: string, organisationId: string | null, membershipId: string | null, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const claims: AccessClaims = { sub: userId, org: organisationId, mid: membershipId, typ: 'access' };
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
      familyId,
      organisationId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return { accessToken, refreshToken };
  }

  /**
   * Consumes a refresh token. A token presented twice means it was stolen or replayed: the whole
   * family is revoked and committed even though the request fails.
   */
  async consumeRefreshToken(token: string): Promise<RefreshTokenEntity> {
    const repo = this.db.repository(RefreshTokenEntity);
    const row = await repo.findOneBy({ tokenHash: sha256(token) });
    const invalid = () => new IdentityException('Invalid refresh token', IdentityExceptionCode.INVALID_TOKEN);
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
    const claimed = await repo
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: row.id })
      .execute();
    if (!claimed.affected) {
      await repo.update({ familyId: row.familyId }, { revokedAt: new Date() });
      await this.db.checkpoint();
      throw new IdentityException('Refresh token reuse detected; the session was revoked', IdentityExceptionCode.REFRESH_TOKEN_REUSED);
    }
    return row;
  }
}
