/**
 * Exponential back-off with "equal jitter": half the window is fixed, half random, so parallel
 * callers hitting the same rate limit do not retry in lockstep.
 */
export function backoffDelayMs(retry: number, baseDelayMs: number, maxDelayMs: number): number {
  const window = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(window / 2 + Math.random() * (window / 2));
}

export function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
