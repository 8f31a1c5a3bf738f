import { z } from 'zod';
import { defineConfig, envInt } from './define-config.util.js';

export const runtimeConfig = defineConfig(
  'runtime',
  {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** SIGTERM: the longest a graceful shutdown may take before the process exits anyway. */
    SHUTDOWN_TIMEOUT_MS: envInt(25_000, 1_000, 600_000),
  },
  (env) => ({
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  }),
);
export type RuntimeConfig = ReturnType<typeof runtimeConfig.load>;
