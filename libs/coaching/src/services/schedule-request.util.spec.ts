import { describe, expect, it } from '@jest/globals';
import { CoachingException } from '../coaching.exception.js';
import { resolveSchedule, type ScheduleRequest } from './schedule-request.util.js';

const now = new Date('2026-11-24T12:00:00Z');

function failure(request: ScheduleRequest): { code: string; field: unknown } {
  try {
    resolveSchedule(request, now);
  } catch (error) {
    const e = error as CoachingException;
    expect(e).toBeInstanceOf(CoachingException);
    return { code: e.code, field: (e.details.fields as Array<{ field: string }>)[0].field };
  }
  throw new Error('expected a failure');
}

describe('resolveSchedule', () => {
  it('defaults to UTC, now and a 14-day window', () => {
    const resolved = resolveSchedule({ cadence: 'ONCE' }, now);
    expect(resolved.spec).toEqual({ cadence: 'ONCE', rrule: null, timezone: 'UTC', startsAt: now });
    expect(resolved.windowDays).toBe(14);
    expect(resolved.nextDueAt).toEqual(now);
  });

  it('computes the first due date of an RRULE in its zone', () => {
    const resolved = resolveSchedule(
      {
        cadence: 'RRULE',
        rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1',
        timezone: 'Europe/Berlin',
        startsAt: new Date('2026-12-01T08:00:00Z'),
      },
      now,
    );
    expect(resolved.nextDueAt.toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });

  it.each([
    [{ cadence: 'RRULE', rrule: 'FREQ=SOMETIMES' }, 'rrule'],
    [{ cadence: 'RRULE' }, 'rrule'],
    [{ cadence: 'QUARTERLY', rrule: 'FREQ=DAILY' }, 'rrule'],
    [{ cadence: 'QUARTERLY', timezone: 'Mars/Olympus' }, 'timezone'],
    [{ cadence: 'ONCE', startsAt: new Date('nope') }, 'startsAt'],
    [{ cadence: 'ONCE', startsAt: new Date('1999-12-31T00:00:00Z') }, 'startsAt'],
    [{ cadence: 'ONCE', startsAt: new Date('2090-01-01T00:00:00Z') }, 'startsAt'],
    [{ cadence: 'ONCE', startsAt: new Date('2026-01-01T00:00:00Z') }, 'startsAt'],
    [{ cadence: 'RRULE', rrule: 'FREQ=DAILY;COUNT=2', startsAt: new Date('2026-01-01T00:00:00Z') }, 'rrule'],
    [{ cadence: 'ONCE', windowDays: 0 }, 'windowDays'],
    [{ cadence: 'ONCE', windowDays: 91 }, 'windowDays'],
  ] as Array<[ScheduleRequest, string]>)('refuses %p on field %s', (request, field) => {
    expect(failure(request)).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
