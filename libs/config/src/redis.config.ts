import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from './database.config.js';
import { defineConfig, envBoolean } from './define-config.util.js';

const QUEUE_PREFIX_PATTERN = /^[a-zA-Z0-9:_-]+$/;

/**
 * The default queue prefix: `waypoint-` and the database's name. Deployments (or checkouts) on one
 * Redis with different databases never take each other's jobs unless they set one prefix on purpose.
 */
export function queuePrefixFor(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';
  return `waypoint-${name.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

export const redisConfig = defineConfig(
  'redis',
  {
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    /** Read only to derive the default QUEUE_PREFIX (the database concern validates it). */
    DATABASE_URL: z.url().default(DEFAULT_DATABASE_URL),
    /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
    QUEUE_PREFIX: z.string().regex(QUEUE_PREFIX_PATTERN).optional(),
    /** Start even though Redis may evict keys (maxmemory-policy other than noeviction): queued jobs could vanish. */
    REDIS_ALLOW_EVICTION: envBoolean(false),
  },
  (env) => ({
    url: env.REDIS_URL,
    queuePrefix: env.QUEUE_PREFIX ?? queuePrefixFor(env.DATABASE_URL),
    allowEviction: env.REDIS_ALLOW_EVICTION,
  }),
);
export type RedisConfig = ReturnType<typeof redisConfig.load>;
