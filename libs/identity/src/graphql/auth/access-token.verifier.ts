import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ClsService } from 'nestjs-cls';
import type { Actor } from '#auth';
import { type AuthConfig, authConfig } from '#config';
import { TenantDatabase } from '#database';
import { IdentityException, IdentityExceptionCode } from '../../identity.exception.js';
import { jwtKeyOf } from '../../services/jwt-key.util.js';
import type { AccessClaims } from '../../services/token.service.js';
import { accessTokenChecks } from './access-token-checks.util.js';
import { JwtStrategy } from './jwt.strategy.js';

export interface VerifiedAccess {
  actor: Actor;
  /** When the token expires (epoch ms). */
  expiresAt: number;
}

/**
 * Verifies an access token presented outside an HTTP request (a WebSocket's connection
 * parameters) exactly as a request's is: the same signature checks, then the strategy's own claim
 * checks and live session and membership check, in a transaction of its own that ends before this
 * returns.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
    private readonly jwt: JwtService,
    private readonly strategy: JwtStrategy,
    private readonly cls: ClsService,
    private readonly db: TenantDatabase,
  ) {}

  async verify(token: string): Promise<VerifiedAccess> {
    let claims: AccessClaims;
    try {
      // jsonwebtoken takes a KeyObject; @nestjs/jwt's typings predate that (as passport-jwt's do).
      claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: jwtKeyOf(this.config.jwtSecret) as unknown as string,
        ...accessTokenChecks(this.config),
      });
    } catch {
      throw new IdentityException('Invalid or expired access token', IdentityExceptionCode.INVALID_TOKEN);
    }
    const actor = await this.cls.run({ ifNested: 'override' }, async () => {
      try {
        return await this.strategy.validate(claims);
      } finally {
        await this.db.peek()?.finish(true);
      }
    });
    return { actor, expiresAt: claims.exp! * 1000 };
  }
}
