import { Module } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AUTH_RATE_LIMITED } from '#common';
import { type HttpConfig, httpConfig } from '#config';
import { RateLimitsModule } from '#rate-limits';
import { RateLimiterStorage } from './rate-limiter.storage.js';

@Module({ imports: [RateLimitsModule], providers: [RateLimiterStorage], exports: [RateLimiterStorage] })
class ThrottlerStorageModule {}

/**
 * Two limiters per client address: "default" for every operation, and "auth" only for operations
 * marked `@AuthRateLimited()` (sign-up, login, refresh, invitations, password reset), to slow
 * credential guessing. Per-account limits on top of these live with the accounts (identity).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [httpConfig.KEY, RateLimiterStorage, Reflector],
      useFactory: (http: HttpConfig, storage: RateLimiterStorage, reflector: Reflector) => ({
        storage,
        throttlers: [
          { name: 'default', ttl: 60_000, limit: http.rateLimitPerMinute },
          {
            name: 'auth',
            ttl: 60_000,
            limit: http.authRateLimitPerMinute,
            skipIf: (context) => !reflector.getAllAndOverride<boolean>(AUTH_RATE_LIMITED, [context.getHandler(), context.getClass()]),
          },
        ],
      }),
    }),
  ],
})
export class ThrottlingModule {}
