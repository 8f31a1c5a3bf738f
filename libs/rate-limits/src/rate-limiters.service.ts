import { Injectable } from '@nestjs/common';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RLWrapperTimeouts } from 'rate-limiter-flexible';
import { QueueRegistry } from '#jobs';

export interface RateLimitRule {
  /** Hits allowed per window. */
  points: number;
  durationSeconds: number;
  /** Once over the limit, refuse for this long (default: until the window ends). */
  blockSeconds?: number;
}

/** A check that Redis has not answered by then is counted in this process instead. */
const REDIS_WAIT_MS = 2_000;

/**
 * Rate limiters (rate-limiter-flexible) whose counters live in Redis, shared by every api
 * process. While Redis is unreachable, or slower than two seconds to answer, each limiter falls
 * back to counters in this process (the library's insurance limiter) instead of waiting: limits
 * stay on, per process, and the outage is logged once by the Redis connection.
 */
@Injectable()
export class RateLimiters {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly queues: QueueRegistry) {}

  /** The limiter named `name` (created once per process; the name prefixes its Redis keys). */
  get(name: string, rule: RateLimitRule): RateLimiterAbstract {
    const id = `${name}:${rule.points}:${rule.durationSeconds}:${rule.blockSeconds ?? 0}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { points: rule.points, duration: rule.durationSeconds, blockDuration: rule.blockSeconds ?? 0 };
      const insuranceLimiter = new RateLimiterMemory({ ...options, keyPrefix: `rl:${name}` });
      const redis = new RateLimiterRedis({
        ...options,
        storeClient: this.queues.sharedConnection(),
        keyPrefix: `${this.queues.prefix}:rl:${name}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter,
      });
      limiter = new RLWrapperTimeouts({ limiter: redis, timeoutMs: REDIS_WAIT_MS, insuranceLimiter });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}
