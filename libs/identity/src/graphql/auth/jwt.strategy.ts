import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { authConfig, type AuthConfig } from '#config';
import { TenantDatabase } from '#database';
import type { Actor } from '../../actor.type.js';
import { IdentityException, IdentityExceptionCode } from '../../identity.exception.js';
import { MembershipsService } from '../../services/memberships.service.js';
import { jwtKeyOf } from '../../services/jwt-key.util.js';
import { JWT_ALGORITHM, type AccessClaims } from '../../services/token.service.js';

/**
 * Verifies access tokens (algorithm pinned, issuer and audience checked, expiry enforced) and
 * opens the request's transaction in the token's tenant scope. The membership is re-read on every
 * request, so a removed member's token stops working at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(authConfig.KEY) config: AuthConfig,
    private readonly db: TenantDatabase,
    private readonly memberships: MembershipsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken, which takes a KeyObject; its typings predate that.
      secretOrKey: jwtKeyOf(config.jwtSecret) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      issuer: config.issuer,
      audience: config.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<Actor> {
    const invalid = () => new IdentityException('Invalid or expired access token', IdentityExceptionCode.INVALID_TOKEN);
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw invalid();
    await this.db.begin({ organisationId: claims.org ?? null, userId: claims.sub });
    if (!claims.org) return { userId: claims.sub, organisationId: null, membershipId: null, roles: [] };
    const membership = await this.memberships.findActive(claims.org, claims.sub);
    if (!membership || membership.id !== claims.mid) throw invalid();
    return this.memberships.toActor(membership);
  }
}
