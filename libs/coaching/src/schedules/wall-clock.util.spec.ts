import { describe, expect, it } from '@jest/globals';
import { fromFloating, toFloating } from './wall-clock.util.js';

describe('wall clock conversion', () => {
  it('maps an instant to its local fields and back', () => {
    const instant = new Date('2026-07-01T07:00:00Z');
    const floating = toFloating(instant, 'Europe/Berlin');
    expect(floating.toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(fromFloating(floating, 'Europe/Berlin')).toEqual(instant);
  });

  it('moves a time in a spring-forward gap forward by the gap', () => {
    expect(fromFloating(new Date('2026-03-08T02:30:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z', // 03:30 EDT
    );
  });

  it('picks the earlier instant of a repeated fall-back time, whatever the offset sign', () => {
    expect(fromFloating(new Date('2026-10-25T02:30:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z', // 02:30 CEST
    );
    expect(fromFloating(new Date('2026-11-01T01:30:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z', // 01:30 EDT
    );
  });
});
