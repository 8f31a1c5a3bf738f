import { describe, expect, it } from '@jest/globals';
import { discreteLaplace } from './discrete-laplace.util.js';
import { seededUniforms } from './seeded-uniforms.util.js';

const KEY = Buffer.alloc(32, 7);
const SAMPLES = 60_000;

/** Draws through the same path as a report: HMAC-seeded uniforms, then the mechanism. */
function draws(scale: number): number[] {
  return Array.from({ length: SAMPLES }, (_, i) => discreteLaplace(scale, ...seededUniforms(KEY, `sample ${i}`)));
}

function pmf(x: number, scale: number): number {
  const q = Math.exp(-1 / scale);
  return ((1 - q) / (1 + q)) * q ** Math.abs(x);
}

/** Pearson's statistic over the bins -w..w, with both tails pooled into one bin each. */
function chiSquare(values: number[], scale: number, w: number): { statistic: number; bins: number } {
  const observed = new Map<number, number>();
  for (const v of values) {
    const bin = Math.max(-w - 1, Math.min(w + 1, v));
    observed.set(bin, (observed.get(bin) ?? 0) + 1);
  }
  let tail = 0;
  for (let x = -w; x <= w; x += 1) tail += pmf(x, scale);
  let statistic = 0;
  for (let bin = -w - 1; bin <= w + 1; bin += 1) {
    const p = Math.abs(bin) === w + 1 ? (1 - tail) / 2 : pmf(bin, scale);
    const expected = p * values.length;
    statistic += ((observed.get(bin) ?? 0) - expected) ** 2 / expected;
  }
  return { statistic, bins: 2 * w + 3 };
}

// Upper 0.1% points of the chi-square distribution (degrees of freedom = bins - 1).
const CHI_SQUARE_999: Record<number, number> = { 12: 32.909, 18: 42.312 };

describe('discreteLaplace', () => {
  it.each([
    [1, 5],
    [2, 8],
  ])('matches the two-sided geometric distribution at scale %p (chi-square, p > 0.001)', (scale, w) => {
    const { statistic, bins } = chiSquare(draws(scale), scale, w);
    expect(statistic).toBeLessThan(CHI_SQUARE_999[bins - 1]);
  });

  it('is centred, with the variance 2q / (1 - q)^2', () => {
    const scale = 3;
    const values = draws(scale);
    const q = Math.exp(-1 / scale);
    const variance = (2 * q) / (1 - q) ** 2;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const observed = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(variance / values.length));
    expect(Math.abs(observed / variance - 1)).toBeLessThan(0.05);
  });

  it('draws integers, zero for the top uniforms, and refuses a bad scale or uniform', () => {
    expect(discreteLaplace(2, 1, 1)).toBe(0);
    expect(Number.isInteger(discreteLaplace(0.5, 0.123, 0.987))).toBe(true);
    expect(() => discreteLaplace(0, 0.5, 0.5)).toThrow(RangeError);
    expect(() => discreteLaplace(1, 0, 0.5)).toThrow(RangeError);
  });
});

describe('seededUniforms', () => {
  it('is the same for the same key and label, different otherwise, and within (0, 1]', () => {
    expect(seededUniforms(KEY, 'a')).toEqual(seededUniforms(KEY, 'a'));
    expect(seededUniforms(KEY, 'a')).not.toEqual(seededUniforms(KEY, 'b'));
    expect(seededUniforms(Buffer.alloc(32, 8), 'a')).not.toEqual(seededUniforms(KEY, 'a'));
    const values = Array.from({ length: 20_000 }, (_, i) => seededUniforms(KEY, String(i))).flat();
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    // Ten equal bins, chi-square with 9 degrees of freedom below its upper 0.1% point (27.877).
    const counts = Array.from({ length: 10 }, () => 0);
    for (const v of values) counts[Math.min(9, Math.floor(v * 10))] += 1;
    const expected = values.length / 10;
    expect(counts.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0)).toBeLessThan(27.877);
  });
});
