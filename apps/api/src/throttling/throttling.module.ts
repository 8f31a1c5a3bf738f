import { Module } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AUTH_RATE_LIMITED } from '#common';
import { httpConfig, type HttpConfig } from '#config';
import { JobsModule } from '#jobs';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

@Module({ imports: [JobsModule], providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
class ThrottlerStorageModule {}

/**
 * Two limiters: "default" for every operation, and "auth" only for operations marked
 * `@AuthRateLimited()` (sign-up, login, refresh, invitations), to slow credential guessing.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [httpConfig.KEY, RedisThrottlerStorage, Reflector],
      useFactory: (http: HttpConfig, storage: RedisThrottlerStorage, reflector: Reflector) => ({
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
