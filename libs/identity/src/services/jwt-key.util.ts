import { createSecretKey, type KeyObject } from 'node:crypto';

const keys = new Map<string, KeyObject>();

/**
 * The HMAC key as a KeyObject. Given a string, jsonwebtoken first tries to parse it as a public
 * key on every call, which cost more CPU than the rest of an authenticated request.
 */
export function jwtKeyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}
