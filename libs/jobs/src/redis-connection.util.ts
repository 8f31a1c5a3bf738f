import type { Redis } from 'ioredis';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Redis cannot be reached (refused, reset, timed out, or a command issued while disconnected). */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection is closed|Stream isn't writeable|enableOfflineQueue|max retries per request|Command timed out|connect ETIMEDOUT/i.test(
    message,
  );
}

export interface ConnectionEvents {
  /** Once when a working connection is lost (or the first attempt fails). */
  down(error: Error | undefined): void;
  /** Once when the connection works again after being down. */
  up(): void;
}

/**
 * Turns a client's stream of errors and reconnect attempts into two events: down and up again.
 * Listening to 'error' also keeps ioredis from printing "Unhandled error event" on every retry.
 */
export function watchConnection(redis: Redis, events: ConnectionEvents): void {
  let down = false;
  const lost = (error?: Error) => {
    if (down) return;
    down = true;
    events.down(error);
  };
  redis.on('error', (error: Error) => lost(error));
  redis.on('close', () => {
    if (redis.status !== 'end') lost(undefined);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    events.up();
  });
}

/** Resolves true once the client is ready, false if it is not within `timeoutMs`. */
export function readyWithin(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      resolve(false);
    }, timeoutMs);
    redis.once('ready', onReady);
  });
}
