import { MAX_EPSILON, MIN_EPSILON, type NoiseSetting } from './figure-noise.util.js';

/** What the organisation's settings hold: ε (null when noise is off) and the key, kept when noise is switched off. */
export interface StoredNoiseSetting {
  epsilon: number | null;
  key: string;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, base64url

export function isValidEpsilon(epsilon: number): boolean {
  return Number.isFinite(epsilon) && epsilon >= MIN_EPSILON && epsilon <= MAX_EPSILON;
}

/**
 * The noise a report applies, from the stored setting. A setting that is present but malformed
 * fails the report rather than releasing exact figures the organisation asked to blur.
 */
export function activeNoise(stored: unknown): NoiseSetting | null {
  if (stored === null || stored === undefined) return null;
  const { epsilon, key } = stored as Partial<StoredNoiseSetting>;
  if (
    typeof key !== 'string' ||
    !KEY_PATTERN.test(key) ||
    (epsilon !== null && (typeof epsilon !== 'number' || !isValidEpsilon(epsilon)))
  ) {
    throw new Error('The organisation noise setting is malformed');
  }
  return epsilon === null ? null : { epsilon, key };
}
