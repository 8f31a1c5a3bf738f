import { z } from 'zod';
import { defineConfig } from './define-config.util.js';

export const runtimeConfig = defineConfig(
  'runtime',
  {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  },
  (env) => ({
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL,
  }),
);
export type RuntimeConfig = ReturnType<typeof runtimeConfig.load>;
