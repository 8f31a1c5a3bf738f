import { Controller, Get, Res } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { RedisHealthIndicator } from './redis.health.js';

type Readiness = 'ok' | 'degraded' | 'error';

@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up (for restarts). */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * For load balancers. PostgreSQL down: 503 `error` (nothing can be served). Redis down: 200
   * `degraded`: reads, answers and writes still work (jobs wait in the outbox, rate limits count
   * per process), so taking every instance out of rotation would only turn an outage into downtime.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: Readiness; details: Record<string, unknown> }> {
    const [database, redis] = await Promise.all([this.database.pingCheck('database', { timeout: 1000 }), this.redis.isHealthy('redis')]);
    const databaseUp = database.database.status === 'up';
    const status: Readiness = !databaseUp ? 'error' : redis.redis.status === 'up' ? 'ok' : 'degraded';
    if (!databaseUp) reply.status(503);
    return { status, details: { ...database, ...redis } };
  }
}
