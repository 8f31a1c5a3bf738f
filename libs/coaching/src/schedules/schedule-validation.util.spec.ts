import { describe, expect, it } from '@jest/globals';
import type { ScheduleSpec } from './cadence.types.js';
import { validateSchedule } from './schedule-validation.util.js';

const base: ScheduleSpec = {
  cadence: 'RRULE',
  rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1',
  timezone: 'Europe/Berlin',
  startsAt: new Date('2026-11-15T08:00:00Z'),
};

describe('validateSchedule', () => {
  it.each([
    'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1',
    'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;WKST=MO',
    'freq=yearly;bymonth=3;byday=-1fr',
    'FREQ=DAILY;UNTIL=20270101T000000Z',
    'FREQ=DAILY;COUNT=10',
  ])('accepts %p', (rrule) => {
    expect(validateSchedule({ ...base, rrule })).toEqual({ ok: true });
  });

  it.each([
    ['FREQ=SOMETIMES'],
    ['hello'],
    [''],
    ['   '],
    ['INTERVAL=2'],
    ['FREQ=DAILY;INTERVAL=0'],
    ['FREQ=DAILY;INTERVAL=abc'],
    ['FREQ=WEEKLY;BYDAY=XX'],
    ['FREQ=MONTHLY;BYMONTHDAY=40'],
    ['FREQ=DAILY;FOO=1'],
    ['FREQ=DAILY;;'],
    ['FREQ=DAILY;FREQ=WEEKLY'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101T000000Z'],
    ['FREQ=DAILY;UNTIL=20270231'],
    ['FREQ=WEEKLY;BYDAY=1MO'],
    ['FREQ=MONTHLY;BYSETPOS=1'],
    ['FREQ=DAILY;BYHOUR=9'],
    ['FREQ=DAILY;TZID=Europe/Berlin'],
    ['DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY'],
  ])('rejects the rule %p', (rrule) => {
    expect(validateSchedule({ ...base, rrule })).toMatchObject({ ok: false, field: 'rrule' });
  });

  it.each(['HOURLY', 'MINUTELY', 'SECONDLY'])('rejects FREQ=%s as more often than daily', (freq) => {
    expect(validateSchedule({ ...base, rrule: `FREQ=${freq}` })).toMatchObject({
      ok: false,
      field: 'rrule',
      message: expect.stringMatching(/more often than daily/),
    });
  });

  it('requires a rule for RRULE and forbids one otherwise', () => {
    expect(validateSchedule({ ...base, rrule: null })).toMatchObject({ ok: false, field: 'rrule' });
    expect(validateSchedule({ ...base, rrule: undefined })).toMatchObject({ ok: false, field: 'rrule' });
    expect(validateSchedule({ ...base, cadence: 'QUARTERLY' })).toMatchObject({ ok: false, field: 'rrule' });
    expect(validateSchedule({ ...base, cadence: 'ONCE', rrule: null })).toEqual({ ok: true });
    expect(validateSchedule({ ...base, cadence: 'ANNUALLY', rrule: undefined })).toEqual({ ok: true });
  });

  it.each(['Mars/Olympus', '', 'CET+1', '+01:00', '-05:00', '+0100'])('rejects the time zone %p', (timezone) => {
    expect(validateSchedule({ ...base, timezone })).toMatchObject({ ok: false, field: 'timezone' });
  });

  it('accepts IANA zones', () => {
    for (const timezone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
      expect(validateSchedule({ ...base, timezone })).toEqual({ ok: true });
    }
  });

  it('rejects an invalid startsAt', () => {
    expect(validateSchedule({ ...base, startsAt: new Date('nope') })).toMatchObject({ ok: false, field: 'startsAt' });
  });
});
