import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { consumeOne, RateLimiters } from '#rate-limits';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * @nestjs/throttler's counters, kept by the shared rate limiters: in Redis across every api
 * process, and per process while Redis is unreachable (one command per check either way).
 */
@Injectable()
export class RateLimiterStorage implements ThrottlerStorage {
  constructor(private readonly limiters: RateLimiters) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const limiter = this.limiters.get(`throttle:${throttlerName}`, { points: limit, durationSeconds: Math.max(1, Math.ceil(ttl / 1000)) });
    const outcome = await consumeOne(limiter, key);
    return {
      totalHits: outcome.consumed,
      timeToExpire: outcome.retryAfterSeconds,
      isBlocked: !outcome.allowed,
      timeToBlockExpire: outcome.allowed ? 0 : outcome.retryAfterSeconds,
    };
  }
}
