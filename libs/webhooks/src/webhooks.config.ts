import { z } from 'zod';
import { defineConfig, envInt } from '#config';

/** Host names, comma-separated; blank means none. */
const hostList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );

/** Outbound webhooks: timeouts, retries, when an endpoint is disabled, and which private hosts are allowed. */
export const webhooksConfig = defineConfig(
  'webhooks',
  {
    /** One delivery attempt waits this long for the receiver's response. */
    WEBHOOK_TIMEOUT_MS: envInt(10_000, 100, 60_000),
    /** Attempts per delivery, the first included; then the delivery is FAILED. */
    WEBHOOK_MAX_ATTEMPTS: envInt(8, 1, 25),
    /** Delay before the first retry; each further retry waits twice as long (plus up to 10% jitter). */
    WEBHOOK_RETRY_BASE_MS: envInt(30_000, 10, 86_400_000),
    /** No retry waits longer than this. */
    WEBHOOK_RETRY_MAX_MS: envInt(3_600_000, 10, 86_400_000),
    /** Failed attempts in a row (across deliveries) after which an endpoint is disabled. */
    WEBHOOK_DISABLE_AFTER_FAILURES: envInt(25, 1, 10_000),
    /**
     * Hosts allowed even though they resolve to private or loopback addresses (e.g. a receiver on
     * the same machine in tests). Everything else on private networks is refused.
     */
    WEBHOOK_ALLOWED_PRIVATE_HOSTS: hostList,
  },
  (env) => ({
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
    retry: { baseMs: env.WEBHOOK_RETRY_BASE_MS, maxMs: Math.max(env.WEBHOOK_RETRY_BASE_MS, env.WEBHOOK_RETRY_MAX_MS) },
    disableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
    allowedPrivateHosts: env.WEBHOOK_ALLOWED_PRIVATE_HOSTS,
  }),
);
export type WebhooksConfig = ReturnType<typeof webhooksConfig.load>;
