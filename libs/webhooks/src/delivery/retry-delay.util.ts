export interface RetrySettings {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/**
 * When to try again after attempt `attempt` (counting from 1) failed: base x 2^(attempt-1), capped
 * at `maxMs`, plus up to 10% jitter so that many deliveries failing together do not retry together.
 * Null when that was the last attempt.
 */
export function retryDelayMs(attempt: number, settings: RetrySettings, random: () => number = Math.random): number | null {
  if (attempt >= settings.maxAttempts) return null;
  const exponential = Math.min(settings.maxMs, settings.baseMs * 2 ** (attempt - 1));
  return Math.round(exponential + exponential * 0.1 * random());
}
