import { describe, expect, it } from '@jest/globals';
import { quarterBounds, quarterOf } from './quarter.util.js';

describe('quarterBounds', () => {
  it('returns the UTC start (inclusive) and next quarter start (exclusive)', () => {
    expect(quarterBounds('2026-Q1')).toEqual({
      start: new Date('2026-01-01T00:00:00.000Z'),
      end: new Date('2026-04-01T00:00:00.000Z'),
    });
    expect(quarterBounds('2026-Q3').start).toEqual(new Date('2026-07-01T00:00:00.000Z'));
  });

  it('rolls Q4 over into the next year', () => {
    expect(quarterBounds('2026-Q4')).toEqual({
      start: new Date('2026-10-01T00:00:00.000Z'),
      end: new Date('2027-01-01T00:00:00.000Z'),
    });
  });

  it.each(['2026-Q5', '2026-Q0', '26-Q1', '2026Q1', '2026-q1', ' 2026-Q1', '2026-Q1 ', '0026-Q1', ''])('rejects %p', (period) => {
    expect(() => quarterBounds(period)).toThrow(RangeError);
  });
});

describe('quarterOf', () => {
  it('uses UTC months', () => {
    expect(quarterOf(new Date('2026-03-31T23:59:59.999Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00.000Z'))).toBe('2026-Q2');
    // Already January 1st in Berlin, still the previous year in UTC.
    expect(quarterOf(new Date('2026-12-31T23:30:00+00:00'))).toBe('2026-Q4');
  });

  it('round-trips with quarterBounds', () => {
    for (const period of ['1999-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']) {
      const { start, end } = quarterBounds(period);
      expect(quarterOf(start)).toBe(period);
      expect(quarterOf(new Date(end.getTime() - 1))).toBe(period);
    }
  });

  it('rejects an invalid date', () => {
    expect(() => quarterOf(new Date('nope'))).toThrow(RangeError);
  });
});
