import { z } from 'zod';
import { defineConfig, envBoolean } from './define-config.util.js';

export const redisConfig = defineConfig(
  'redis',
  {
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9:_-]+$/)
      .default('waypoint'),
    /** Start even though Redis may evict keys (maxmemory-policy other than noeviction): queued jobs could vanish. */
    REDIS_ALLOW_EVICTION: envBoolean(false),
  },
  (env) => ({ url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX, allowEviction: env.REDIS_ALLOW_EVICTION }),
);
export type RedisConfig = ReturnType<typeof redisConfig.load>;
