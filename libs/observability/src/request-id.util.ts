import { randomUUID } from 'node:crypto';

const SAFE_ID = /^[\w.-]{1,64}$/;

/** Keeps a caller's `x-request-id` when it is a short safe token, otherwise makes one. */
export function requestIdOf(req: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
