import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { QueueRegistry } from '#jobs';
import type { Redis } from 'ioredis';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** Fixed-window counters in Redis, so the limit holds across any number of API processes. */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly queues: QueueRegistry) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const redis = this.queues.sharedConnection() as Redis;
    const redisKey = `${this.queues.prefix}:throttle:${throttlerName}:${key}`;
    const results = await redis.multi().incr(redisKey).pexpire(redisKey, ttl, 'NX').pttl(redisKey).exec();
    const totalHits = Number(results?.[0]?.[1] ?? 0);
    const remainingMs = Math.max(0, Number(results?.[2]?.[1] ?? ttl));
    const seconds = Math.ceil(remainingMs / 1000);
    return { totalHits, timeToExpire: seconds, isBlocked: totalHits > limit, timeToBlockExpire: totalHits > limit ? seconds : 0 };
  }
}
