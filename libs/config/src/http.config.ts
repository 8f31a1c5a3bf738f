import { z } from 'zod';
import { defineConfig, envBoolean, envInt } from './define-config.util.js';

export const DEFAULT_BODY_LIMIT_BYTES = 128 * 1024;

export const httpConfig = defineConfig(
  'http',
  {
    NODE_ENV: z.string().optional(),
    PORT: envInt(3000, 0, 65_535),
    HOST: z.string().min(1).default('0.0.0.0'),
    /** The largest legitimate request (a template at every text limit) is under 100 KiB: see README, Security. */
    HTTP_BODY_LIMIT_BYTES: envInt(DEFAULT_BODY_LIMIT_BYTES, 1024, 50 * 1024 * 1024),
    TRUST_PROXY: envBoolean(false),
    RATE_LIMIT_PER_MINUTE: envInt(600, 1, 1_000_000),
    AUTH_RATE_LIMIT_PER_MINUTE: envInt(20, 1, 1_000_000),
    /** Enables the queue dashboard at /admin/queues for operators holding this token. */
    QUEUE_DASHBOARD_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
    GRAPHQL_MAX_DEPTH: envInt(10, 2, 50),
    GRAPHQL_MAX_COST: envInt(5000, 10, 1_000_000),
    GRAPHQL_MAX_ALIASES: envInt(15, 0, 1000),
    GRAPHQL_MAX_TOKENS: envInt(2000, 50, 100_000),
    GRAPHQL_MAX_DIRECTIVES: envInt(20, 0, 1000),
    /** Serve /metrics on this port only (not on PORT); unset: /metrics is served on PORT. */
    API_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    API_METRICS_HOST: z.string().min(1).default('0.0.0.0'),
    /** Unset: on outside production, off in production. */
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false', '1', '0']).optional(),
  },
  (env) => ({
    port: env.PORT,
    host: env.HOST,
    bodyLimitBytes: env.HTTP_BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    queueDashboardToken: env.QUEUE_DASHBOARD_TOKEN ?? null,
    metrics: { port: env.API_METRICS_PORT ?? null, host: env.API_METRICS_HOST },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      // Introspection and field suggestions are off in production unless explicitly enabled.
      introspection:
        env.GRAPHQL_INTROSPECTION === undefined ? env.NODE_ENV !== 'production' : ['true', '1'].includes(env.GRAPHQL_INTROSPECTION),
    },
  }),
);
export type HttpConfig = ReturnType<typeof httpConfig.load>;
