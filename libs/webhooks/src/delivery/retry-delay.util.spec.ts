import { describe, expect, it } from '@jest/globals';
import { retryDelayMs } from './retry-delay.util.js';

const settings = { maxAttempts: 6, baseMs: 1_000, maxMs: 10_000 };

describe('webhook retry delay', () => {
  it('doubles from the base after each failed attempt, then stays at the cap', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, settings, noJitter))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
  });

  it('adds at most 10% jitter', () => {
    expect(retryDelayMs(2, settings, () => 0.5)).toBe(2_100);
    expect(retryDelayMs(5, settings, () => 0.999_999)).toBe(11_000);
  });

  it('stops after the last attempt', () => {
    expect(retryDelayMs(6, settings, () => 0)).toBeNull();
    expect(retryDelayMs(7, settings, () => 0)).toBeNull();
    expect(retryDelayMs(1, { ...settings, maxAttempts: 1 }, () => 0)).toBeNull();
  });
});
