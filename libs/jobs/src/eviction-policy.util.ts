import type { Redis } from 'ioredis';

/** Why a Redis that may evict keys is refused: jobs and rate-limit counters would silently vanish. */
export class EvictionPolicyError extends Error {
  constructor(readonly policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}": under memory pressure Redis would delete queued jobs and rate-limit counters. ` +
        'Set maxmemory-policy to "noeviction" (redis-server --maxmemory-policy noeviction), or set REDIS_ALLOW_EVICTION=true to start anyway.',
    );
    this.name = 'EvictionPolicyError';
  }
}

/** The server's maxmemory-policy: CONFIG GET, or INFO where managed services disable CONFIG. */
export async function readEvictionPolicy(redis: Redis): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as unknown as string[];
    if (Array.isArray(reply) && typeof reply[1] === 'string') return reply[1];
  } catch {
    // CONFIG is often renamed or disabled on managed Redis; INFO still tells.
  }
  const info = await redis.info('memory');
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
}

/** Throws an `EvictionPolicyError` unless keys are never evicted (or eviction was explicitly allowed). */
export async function assertNoEviction(redis: Redis, allowEviction: boolean): Promise<string | null> {
  const policy = await readEvictionPolicy(redis);
  if (policy && policy !== 'noeviction' && !allowEviction) throw new EvictionPolicyError(policy);
  return policy;
}
