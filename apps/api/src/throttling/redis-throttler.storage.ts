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

/** Counts a hit and starts the window on the first one; answers the count and the ms left. */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }`;

type ScriptedRedis = Redis & { waypointThrottleHit(key: string, ttlMs: number): Promise<[number, number]> };

/**
 * Fixed-window counters in Redis, so the limit holds across any number of API processes. One
 * script call per check (EVALSHA, atomic), so a request pays one small Redis command.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  private redis: ScriptedRedis | undefined;

  constructor(private readonly queues: QueueRegistry) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const redisKey = `${this.queues.prefix}:throttle:${throttlerName}:${key}`;
    const [hits, pttl] = await this.client().waypointThrottleHit(redisKey, ttl);
    const totalHits = Number(hits);
    const seconds = Math.ceil(Math.max(0, Number(pttl ?? ttl)) / 1000);
    return { totalHits, timeToExpire: seconds, isBlocked: totalHits > limit, timeToBlockExpire: totalHits > limit ? seconds : 0 };
  }

  private client(): ScriptedRedis {
    if (!this.redis) {
      const redis = this.queues.sharedConnection() as Redis;
      if (!('waypointThrottleHit' in redis)) redis.defineCommand('waypointThrottleHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
      this.redis = redis as ScriptedRedis;
    }
    return this.redis;
  }
}
