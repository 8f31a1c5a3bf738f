import { z } from 'zod';
import { defineConfig, envInt } from './define-config.util.js';

export const workerConfig = defineConfig(
  'worker',
  {
    /** Serve the worker's Prometheus metrics on this port; unset: no listener. */
    WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    WORKER_METRICS_HOST: z.string().min(1).default('0.0.0.0'),
    /**
     * Model jobs (summaries, action plans, research plans) one worker runs at once. They spend their
     * time waiting on the model with no connection held, so a real provider's latency, not the pool,
     * bounds it; lower it to respect a provider's rate limit.
     */
    LLM_WORKER_CONCURRENCY: envInt(16, 1, 500),
  },
  (env) => ({
    metricsPort: env.WORKER_METRICS_PORT ?? null,
    metricsHost: env.WORKER_METRICS_HOST,
    llmConcurrency: env.LLM_WORKER_CONCURRENCY,
  }),
);
export type WorkerConfig = ReturnType<typeof workerConfig.load>;
