import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '#auth';
import { isUuid } from '#common';
import { type AuthConfig, authConfig } from '#config';
import { TenantDatabase } from '#database';
import { IdentityException, IdentityExceptionCode } from '../../identity.exception.js';
import { jwtKeyOf } from '../../services/jwt-key.util.js';
import { LiveAccessService } from '../../services/live-access.service.js';
import { MembershipsService } from '../../services/memberships.service.js';
import type { AccessClaims } from '../../services/token.service.js';
import { accessTokenChecks } from './access-token-checks.util.js';

/** Clock difference tolerated between the signer and this process. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Verifies access tokens (algorithm pinned, issuer and audience checked, an expiry required and
 * no later than the lifetime this deployment issues) and opens the request's transaction in the
 * token's tenant scope. The login session and the membership are re-read on every request (one
 * statement, see LiveAccessService), so a logout, a revoked session or a removed member stops the
 * token at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly maxLifetimeSeconds: number;

  constructor(
    @Inject(authConfig.KEY) config: AuthConfig,
    private readonly db: TenantDatabase,
    private readonly memberships: MembershipsService,
    private readonly liveAccess: LiveAccessService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken, which takes a KeyObject; its typings predate that.
      secretOrKey: jwtKeyOf(config.jwtSecret) as unknown as string,
      ...accessTokenChecks(config),
    });
    this.maxLifetimeSeconds = config.accessTokenTtlSeconds + CLOCK_SKEW_SECONDS;
  }

  async validate(claims: AccessClaims): Promise<Actor> {
    const invalid = () => new IdentityException('Invalid or expired access token', IdentityExceptionCode.INVALID_TOKEN);
    // jsonwebtoken checks `exp` only when present: a token without one would never expire.
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp - claims.iat > this.maxLifetimeSeconds)
      throw invalid();
    if (claims.typ !== 'access' || !isUuid(claims.sub) || !isUuid(claims.sid) || (claims.org != null && !isUuid(claims.org)))
      throw invalid();
    // The live session and membership check travels with the transaction's scope: one round trip.
    const [rows] = await this.db.begin({ organisationId: claims.org ?? null, userId: claims.sub }, [
      this.liveAccess.statement(claims.sub, claims.org ?? null, claims.sid),
    ]);
    const access = this.liveAccess.read(rows!);
    if (!access.sessionLive) throw invalid();
    if (!claims.org) return { userId: claims.sub, organisationId: null, membershipId: null, roles: [], sessionId: claims.sid };
    if (!access.membership || access.membership.id !== claims.mid) throw invalid();
    return { ...this.memberships.toActor(access.membership), sessionId: claims.sid };
  }
}
