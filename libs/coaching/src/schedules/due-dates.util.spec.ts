import { describe, expect, it } from '@jest/globals';
import type { ScheduleSpec } from './cadence.types.js';
import { dueDatesBetween, nextDueAfter } from './due-dates.util.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const utc = (value: string) => new Date(value);

function spec(cadence: ScheduleSpec['cadence'], startsAt: string, timezone: string, rrule?: string): ScheduleSpec {
  return { cadence, startsAt: new Date(startsAt), timezone, rrule: rrule ?? null };
}

describe('dueDatesBetween: QUARTERLY', () => {
  it('keeps 09:00 in Berlin across daylight saving time', () => {
    const quarterly = spec('QUARTERLY', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    expect(iso(dueDatesBetween(quarterly, utc('2026-01-01T00:00:00Z'), utc('2027-12-01T00:00:00Z')))).toEqual([
      '2026-11-15T08:00:00.000Z',
      '2027-02-15T08:00:00.000Z',
      '2027-05-15T07:00:00.000Z',
      '2027-08-15T07:00:00.000Z',
      '2027-11-15T08:00:00.000Z',
    ]);
  });

  it('keeps 09:00 in New York across daylight saving time', () => {
    const quarterly = spec('QUARTERLY', '2026-11-15T09:00:00-05:00', 'America/New_York');
    expect(iso(dueDatesBetween(quarterly, utc('2026-11-01T00:00:00Z'), utc('2027-09-01T00:00:00Z')))).toEqual([
      '2026-11-15T14:00:00.000Z',
      '2027-02-15T14:00:00.000Z',
      '2027-05-15T13:00:00.000Z',
      '2027-08-15T13:00:00.000Z',
    ]);
  });

  it('clamps to the month end per occurrence, counting from the original day', () => {
    const quarterly = spec('QUARTERLY', '2026-11-30T09:00:00+01:00', 'Europe/Berlin');
    const dates = dueDatesBetween(quarterly, utc('2026-11-01T00:00:00Z'), utc('2028-03-01T00:00:00Z'));
    expect(iso(dates)).toEqual([
      '2026-11-30T08:00:00.000Z',
      '2027-02-28T08:00:00.000Z',
      '2027-05-30T07:00:00.000Z',
      '2027-08-30T07:00:00.000Z',
      '2027-11-30T08:00:00.000Z',
      '2028-02-29T08:00:00.000Z',
    ]);
  });

  it('shifts a local time that falls into the spring-forward gap forward by the gap', () => {
    // 02:30 does not exist in Berlin on 2026-03-29: clocks jump from 02:00 to 03:00.
    const quarterly = spec('QUARTERLY', '2025-12-29T02:30:00+01:00', 'Europe/Berlin');
    expect(iso(dueDatesBetween(quarterly, utc('2025-12-01T00:00:00Z'), utc('2027-01-01T00:00:00Z')))).toEqual([
      '2025-12-29T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
      '2026-06-29T00:30:00.000Z', // back to 02:30 local
      '2026-09-29T00:30:00.000Z',
      '2026-12-29T01:30:00.000Z',
    ]);
  });

  it('includes `from` and excludes `to`', () => {
    const quarterly = spec('QUARTERLY', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    const first = utc('2026-11-15T08:00:00Z');
    const second = utc('2027-02-15T08:00:00Z');
    expect(iso(dueDatesBetween(quarterly, first, second))).toEqual(['2026-11-15T08:00:00.000Z']);
    expect(iso(dueDatesBetween(quarterly, new Date(first.getTime() + 1), second))).toEqual([]);
    expect(iso(dueDatesBetween(quarterly, first, new Date(second.getTime() + 1)))).toHaveLength(2);
    expect(dueDatesBetween(quarterly, second, first)).toEqual([]);
  });

  it('never yields dates before startsAt', () => {
    const quarterly = spec('QUARTERLY', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    expect(dueDatesBetween(quarterly, utc('2020-01-01T00:00:00Z'), utc('2026-11-15T08:00:00Z'))).toEqual([]);
  });

  it('finds a window far from the start without walking every quarter', () => {
    const quarterly = spec('QUARTERLY', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    expect(iso(dueDatesBetween(quarterly, utc('2526-01-01T00:00:00Z'), utc('2526-06-01T00:00:00Z')))).toEqual([
      '2526-02-15T08:00:00.000Z',
      '2526-05-15T07:00:00.000Z',
    ]);
  });
});

describe('dueDatesBetween: ANNUALLY and ONCE', () => {
  it('repeats every 12 months, Feb 29 falling back to Feb 28 in common years', () => {
    const annually = spec('ANNUALLY', '2028-02-29T09:00:00+01:00', 'Europe/Berlin');
    expect(iso(dueDatesBetween(annually, utc('2028-01-01T00:00:00Z'), utc('2033-01-01T00:00:00Z')))).toEqual([
      '2028-02-29T08:00:00.000Z',
      '2029-02-28T08:00:00.000Z',
      '2030-02-28T08:00:00.000Z',
      '2031-02-28T08:00:00.000Z',
      '2032-02-29T08:00:00.000Z',
    ]);
  });

  it('keeps local time for a summer start', () => {
    const annually = spec('ANNUALLY', '2026-07-01T09:00:00-04:00', 'America/New_York');
    expect(iso(dueDatesBetween(annually, utc('2026-01-01T00:00:00Z'), utc('2028-01-01T00:00:00Z')))).toEqual([
      '2026-07-01T13:00:00.000Z',
      '2027-07-01T13:00:00.000Z',
    ]);
  });

  it('yields startsAt once, inside the window only', () => {
    const once = spec('ONCE', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    const at = utc('2026-11-15T08:00:00Z');
    expect(iso(dueDatesBetween(once, at, utc('2030-01-01T00:00:00Z')))).toEqual(['2026-11-15T08:00:00.000Z']);
    expect(dueDatesBetween(once, utc('2020-01-01T00:00:00Z'), at)).toEqual([]);
  });
});

describe('dueDatesBetween: RRULE', () => {
  it('evaluates the first Monday of each month at 09:00 Berlin time', () => {
    const monthly = spec('RRULE', '2026-01-01T09:00:00+01:00', 'Europe/Berlin', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1');
    expect(iso(dueDatesBetween(monthly, utc('2025-01-01T00:00:00Z'), utc('2026-06-01T00:00:00Z')))).toEqual([
      '2026-01-05T08:00:00.000Z',
      '2026-02-02T08:00:00.000Z',
      '2026-03-02T08:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
      '2026-05-04T07:00:00.000Z',
    ]);
  });

  it('supports intervals', () => {
    const bimonthly = spec('RRULE', '2026-01-01T09:00:00+01:00', 'Europe/Berlin', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1');
    expect(iso(dueDatesBetween(bimonthly, utc('2026-01-01T00:00:00Z'), utc('2026-08-01T00:00:00Z')))).toEqual([
      '2026-01-01T08:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
      '2026-05-01T07:00:00.000Z',
      '2026-07-01T07:00:00.000Z',
    ]);
  });

  it('reads a UTC UNTIL as an instant, not as local wall-clock time', () => {
    // Wednesdays at 09:00 Berlin; April 1st is 07:00Z after the switch to summer time.
    const weekly = (until: string) => spec('RRULE', '2026-03-18T09:00:00+01:00', 'Europe/Berlin', `FREQ=WEEKLY;UNTIL=${until}`);
    const window = [utc('2026-01-01T00:00:00Z'), utc('2027-01-01T00:00:00Z')] as const;
    expect(iso(dueDatesBetween(weekly('20260401T070000Z'), ...window))).toEqual([
      '2026-03-18T08:00:00.000Z',
      '2026-03-25T08:00:00.000Z',
      '2026-04-01T07:00:00.000Z',
    ]);
    expect(dueDatesBetween(weekly('20260401T065959Z'), ...window)).toHaveLength(2);
    expect(dueDatesBetween(weekly('20260401'), ...window)).toHaveLength(3); // the whole local day
    expect(dueDatesBetween(weekly('20260401T085959'), ...window)).toHaveLength(2); // floating local time
  });

  it('honours COUNT from the start', () => {
    const daily = spec('RRULE', '2026-03-28T09:00:00+01:00', 'Europe/Berlin', 'FREQ=DAILY;COUNT=3');
    expect(iso(dueDatesBetween(daily, utc('2026-03-29T00:00:00Z'), utc('2026-12-01T00:00:00Z')))).toEqual([
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('resolves a repeated fall-back time to its first occurrence', () => {
    // 02:30 happens twice in Berlin on 2026-10-25 (CEST, then CET).
    const daily = spec('RRULE', '2026-10-24T02:30:00+02:00', 'Europe/Berlin', 'FREQ=DAILY');
    expect(iso(dueDatesBetween(daily, utc('2026-10-24T00:00:00Z'), utc('2026-10-27T00:00:00Z')))).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('shifts a spring-forward gap forward', () => {
    const daily = spec('RRULE', '2026-03-28T02:30:00+01:00', 'Europe/Berlin', 'FREQ=DAILY');
    expect(iso(dueDatesBetween(daily, utc('2026-03-28T00:00:00Z'), utc('2026-03-31T00:00:00Z')))).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
      '2026-03-30T00:30:00.000Z',
    ]);
  });
});

describe('nextDueAfter', () => {
  it('returns startsAt before it and null once it has passed for ONCE', () => {
    const once = spec('ONCE', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    expect(nextDueAfter(once, utc('2026-11-15T07:59:59.999Z'))?.toISOString()).toBe('2026-11-15T08:00:00.000Z');
    expect(nextDueAfter(once, utc('2026-11-15T08:00:00Z'))).toBeNull();
    expect(nextDueAfter(once, utc('2027-01-01T00:00:00Z'))).toBeNull();
  });

  it('is strictly after the given instant for QUARTERLY', () => {
    const quarterly = spec('QUARTERLY', '2026-11-15T09:00:00+01:00', 'Europe/Berlin');
    expect(nextDueAfter(quarterly, utc('2000-01-01T00:00:00Z'))?.toISOString()).toBe('2026-11-15T08:00:00.000Z');
    expect(nextDueAfter(quarterly, utc('2026-11-15T08:00:00Z'))?.toISOString()).toBe('2027-02-15T08:00:00.000Z');
    expect(nextDueAfter(quarterly, utc('2027-05-15T06:59:59Z'))?.toISOString()).toBe('2027-05-15T07:00:00.000Z');
  });

  it('follows the rule and returns null once it is exhausted', () => {
    const monthly = spec('RRULE', '2026-01-01T09:00:00+01:00', 'Europe/Berlin', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1;COUNT=4');
    expect(nextDueAfter(monthly, utc('2026-03-02T08:00:00Z'))?.toISOString()).toBe('2026-04-06T07:00:00.000Z');
    expect(nextDueAfter(monthly, utc('2026-04-06T07:00:00Z'))).toBeNull();
  });

  it('rejects an invalid schedule or date', () => {
    expect(() => nextDueAfter(spec('RRULE', '2026-01-01T09:00:00Z', 'UTC', 'FREQ=HOURLY'), new Date())).toThrow(RangeError);
    expect(() => nextDueAfter(spec('ONCE', '2026-01-01T09:00:00Z', 'Mars/Olympus'), new Date())).toThrow(RangeError);
    expect(() => dueDatesBetween(spec('ONCE', '2026-01-01T09:00:00Z', 'UTC'), new Date('x'), new Date())).toThrow(RangeError);
  });
});
