import { RateLimiterRes } from 'rate-limiter-flexible';

/** What a limiter said: allowed, or refused for `retryAfterSeconds`. */
export interface RateLimitOutcome {
  allowed: boolean;
  consumed: number;
  retryAfterSeconds: number;
}

/** Consumes one point; a refusal is an outcome, any other failure (no store at all) propagates. */
export async function consumeOne(
  limiter: { consume(key: string, points?: number): Promise<RateLimiterRes> },
  key: string,
): Promise<RateLimitOutcome> {
  try {
    const res = await limiter.consume(key, 1);
    return { allowed: true, consumed: res.consumedPoints, retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { allowed: false, consumed: error.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
  }
}
