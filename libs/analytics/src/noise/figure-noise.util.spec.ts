import { describe, expect, it } from '@jest/globals';
import { EXACT_FIGURES, SATISFACTION_SUM, SENTIMENT_SUM, seededNoise } from './figure-noise.util.js';
import { activeNoise } from './noise-setting.util.js';

const setting = { epsilon: 1, key: Buffer.alloc(32, 3).toString('base64url') };

describe('seededNoise', () => {
  it('gives the same figure for the same cell, period, ε and data: repeating a request teaches nothing', () => {
    const a = seededNoise(setting, '2026-Q4');
    const b = seededNoise({ ...setting }, '2026-Q4');
    for (let i = 0; i < 50; i += 1) {
      expect(a.count(`cell ${i}`, 12)).toBe(b.count(`cell ${i}`, 12));
      expect(a.sum(`cell ${i}`, 70.5, SATISFACTION_SUM)).toBe(b.sum(`cell ${i}`, 70.5, SATISFACTION_SUM));
    }
  });

  it('draws afresh for another cell, period, ε or data, so a before/after difference does not cancel the noise', () => {
    const noise = seededNoise(setting, '2026-Q4');
    const deltas = (f: (i: number) => number, g: (i: number) => number) => Array.from({ length: 200 }, (_, i) => f(i) - g(i));
    // With the same noise both times, (count with 13) - (count with 12) would always be exactly 1.
    expect(
      new Set(
        deltas(
          (i) => noise.count(`c${i}`, 13),
          (i) => noise.count(`c${i}`, 12),
        ),
      ).size,
    ).toBeGreaterThan(3);
    expect(
      new Set(
        deltas(
          (i) => noise.count(`c${i}`, 12),
          (i) => seededNoise(setting, '2026-Q3').count(`c${i}`, 12),
        ),
      ).size,
    ).toBeGreaterThan(3);
    expect(
      new Set(
        deltas(
          (i) => noise.count(`c${i}`, 12),
          (i) => seededNoise({ ...setting, epsilon: 2 }, '2026-Q4').count(`c${i}`, 12),
        ),
      ).size,
    ).toBeGreaterThan(3);
    expect(
      new Set(
        deltas(
          (i) => noise.count(`c${i}`, 12),
          (i) => noise.count(`d${i}`, 12),
        ),
      ).size,
    ).toBeGreaterThan(3);
  });

  it('never shows a negative count, and keeps sums on their step', () => {
    const noise = seededNoise({ ...setting, epsilon: 0.1 }, '2026-Q4');
    for (let i = 0; i < 200; i += 1) {
      expect(noise.count(`c${i}`, 3)).toBeGreaterThanOrEqual(0);
      const sum = noise.sum(`c${i}`, -1.2345, SENTIMENT_SUM);
      expect(Math.abs(sum * 1000 - Math.round(sum * 1000))).toBeLessThan(1e-6);
    }
  });

  it('spreads counts as ε says: about sqrt(2q)/(1 - q) with q = exp(-ε)', () => {
    for (const epsilon of [0.5, 2]) {
      const noise = seededNoise({ ...setting, epsilon }, '2026-Q4');
      const values = Array.from({ length: 4000 }, (_, i) => noise.count(`c${i}`, 1000) - 1000);
      const q = Math.exp(-epsilon);
      const sd = Math.sqrt(values.reduce((a, v) => a + v * v, 0) / values.length);
      expect(sd / (Math.sqrt(2 * q) / (1 - q))).toBeCloseTo(1, 1);
    }
  });

  it('spreads a satisfaction sum by its sensitivity: one participant moves it by up to 10', () => {
    const noise = seededNoise(setting, '2026-Q4');
    const values = Array.from({ length: 4000 }, (_, i) => noise.sum(`c${i}`, 500, SATISFACTION_SUM) - 500);
    const q = Math.exp(-1 / 1001);
    const sd = Math.sqrt(values.reduce((a, v) => a + v * v, 0) / values.length) / SATISFACTION_SUM.step;
    expect(sd / (Math.sqrt(2 * q) / (1 - q))).toBeCloseTo(1, 1);
  });

  it('leaves figures exact without noise', () => {
    expect(EXACT_FIGURES.count('c', 7)).toBe(7);
    expect(EXACT_FIGURES.sum('c', 1.23456, SENTIMENT_SUM)).toBe(1.23456);
  });
});

describe('activeNoise', () => {
  it('reads the stored setting, off when ε is null or nothing is stored', () => {
    expect(activeNoise(undefined)).toBeNull();
    expect(activeNoise({ epsilon: null, key: setting.key })).toBeNull();
    expect(activeNoise({ epsilon: 0.5, key: setting.key })).toEqual({ epsilon: 0.5, key: setting.key });
  });

  it.each([{ epsilon: 1 }, { epsilon: 1, key: 'short' }, { epsilon: 50, key: setting.key }, { epsilon: '1', key: setting.key }, 'on'])(
    'fails on a malformed setting rather than releasing exact figures: %p',
    (stored) => {
      expect(() => activeNoise(stored)).toThrow('malformed');
    },
  );
});
