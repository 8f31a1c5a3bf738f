import { createHmac } from 'node:crypto';

const UNIT = 2 ** 53;

/**
 * Two uniform numbers in (0, 1], derived from `label` with HMAC-SHA256 under the organisation's
 * secret key: the same label always gives the same numbers, and without the key they cannot be
 * predicted (so the noise they drive cannot be subtracted).
 */
export function seededUniforms(key: Buffer, label: string): [number, number] {
  const digest = createHmac('sha256', key).update(label).digest();
  return [toUnit(digest, 0), toUnit(digest, 8)];
}

/** 53 bits of the digest from `offset`, mapped to (0, 1] (never 0, so a logarithm is finite). */
function toUnit(digest: Buffer, offset: number): number {
  const high = digest.readUInt32BE(offset) >>> 11; // 21 bits
  const low = digest.readUInt32BE(offset + 4); // 32 bits
  return (high * 2 ** 32 + low + 1) / UNIT;
}
