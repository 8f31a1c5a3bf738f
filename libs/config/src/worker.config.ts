import { z } from 'zod';
import { defineConfig } from './define-config.util.js';

export const workerConfig = defineConfig(
  'worker',
  {
    /** Serve the worker's Prometheus metrics on this port; unset: no listener. */
    WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    WORKER_METRICS_HOST: z.string().min(1).default('0.0.0.0'),
  },
  (env) => ({ metricsPort: env.WORKER_METRICS_PORT ?? null, metricsHost: env.WORKER_METRICS_HOST }),
);
export type WorkerConfig = ReturnType<typeof workerConfig.load>;
