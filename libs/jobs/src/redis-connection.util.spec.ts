import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type { Redis } from 'ioredis';
import { assertNoEviction, EvictionPolicyError, readEvictionPolicy } from './eviction-policy.util.js';
import { isConnectionError, watchConnection } from './redis-connection.util.js';

class FakeRedis extends EventEmitter {
  status = 'ready';
}

describe('watchConnection', () => {
  it('reports an outage once, however many errors and reconnect attempts follow, and its end once', () => {
    const redis = new FakeRedis();
    const events: string[] = [];
    watchConnection(redis as unknown as Redis, { down: () => events.push('down'), up: () => events.push('up') });
    redis.emit('ready');
    redis.status = 'reconnecting';
    redis.emit('close');
    for (let i = 0; i < 50; i += 1) redis.emit('error', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    redis.status = 'ready';
    redis.emit('ready');
    redis.emit('ready');
    expect(events).toEqual(['down', 'up']);
  });
});

describe('isConnectionError', () => {
  it('tells an unreachable Redis from other failures', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true);
    expect(isConnectionError(new Error('Command timed out'))).toBe(true);
    expect(isConnectionError(new Error('ERR wrong number of arguments'))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});

describe('eviction policy', () => {
  const redisWith = (config: () => Promise<unknown>, info = '# Memory\r\nmaxmemory_policy:volatile-lru\r\n') =>
    ({ config, info: async () => info }) as unknown as Redis;

  it('reads CONFIG GET, or INFO where CONFIG is disabled', async () => {
    expect(await readEvictionPolicy(redisWith(async () => ['maxmemory-policy', 'noeviction']))).toBe('noeviction');
    expect(await readEvictionPolicy(redisWith(async () => Promise.reject(new Error("ERR unknown command 'CONFIG'"))))).toBe('volatile-lru');
  });

  it('refuses a policy that evicts unless explicitly allowed', async () => {
    const evicting = redisWith(async () => ['maxmemory-policy', 'allkeys-lru']);
    await expect(assertNoEviction(evicting, false)).rejects.toBeInstanceOf(EvictionPolicyError);
    await expect(assertNoEviction(evicting, true)).resolves.toBe('allkeys-lru');
    await expect(
      assertNoEviction(
        redisWith(async () => ['maxmemory-policy', 'noeviction']),
        false,
      ),
    ).resolves.toBe('noeviction');
  });
});
