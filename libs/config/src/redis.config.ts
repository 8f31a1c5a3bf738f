import { z } from 'zod';
import { defineConfig } from './define-config.util.js';

export const redisConfig = defineConfig(
  'redis',
  {
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
    QUEUE_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]+$/).default('waypoint'),
  },
  (env) => ({ url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX }),
);
export type RedisConfig = ReturnType<typeof redisConfig.load>;
