import { describe, expect, it } from '@jest/globals';
import type { ScheduleSpec } from './cadence.types.js';
import { dueStep, firstOpenDue } from './due-window.util.js';

const utc = (value: string) => new Date(value);
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const quarterly: ScheduleSpec = { cadence: 'QUARTERLY', timezone: 'Europe/Berlin', startsAt: utc('2026-11-15T08:00:00Z'), rrule: null };

describe('firstOpenDue', () => {
  it('is startsAt for a start in the future', () => {
    expect(firstOpenDue(quarterly, 14, utc('2026-01-01T00:00:00Z'))?.toISOString()).toBe('2026-11-15T08:00:00.000Z');
  });

  it('keeps a due date whose window is still open, skips one that closed', () => {
    expect(firstOpenDue(quarterly, 14, utc('2026-11-29T07:59:59Z'))?.toISOString()).toBe('2026-11-15T08:00:00.000Z');
    expect(firstOpenDue(quarterly, 14, utc('2026-11-29T08:00:00Z'))?.toISOString()).toBe('2027-02-15T08:00:00.000Z');
  });

  it('is null for a ONCE schedule whose window closed', () => {
    expect(firstOpenDue({ ...quarterly, cadence: 'ONCE' }, 14, utc('2027-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('dueStep', () => {
  it('materialises a due date at its instant, not a millisecond before', () => {
    expect(dueStep(quarterly, 14, utc('2026-11-15T08:00:00Z'), utc('2026-11-15T07:59:59.999Z')).due).toEqual([]);
    const step = dueStep(quarterly, 14, utc('2026-11-15T08:00:00Z'), utc('2026-11-15T08:00:00Z'));
    expect(iso(step.due)).toEqual(['2026-11-15T08:00:00.000Z']);
    expect(step.next?.toISOString()).toBe('2027-02-15T08:00:00.000Z');
  });

  it('after a long pause creates only the due dates still open and moves on', () => {
    const daily: ScheduleSpec = { cadence: 'RRULE', rrule: 'FREQ=DAILY', timezone: 'UTC', startsAt: utc('2026-01-01T09:00:00Z') };
    const step = dueStep(daily, 3, utc('2026-01-01T09:00:00Z'), utc('2026-03-01T12:00:00Z'));
    expect(iso(step.due)).toEqual(['2026-02-27T09:00:00.000Z', '2026-02-28T09:00:00.000Z', '2026-03-01T09:00:00.000Z']);
    expect(step.next?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('ends a ONCE schedule', () => {
    const once: ScheduleSpec = { ...quarterly, cadence: 'ONCE' };
    const step = dueStep(once, 14, once.startsAt, utc('2026-11-20T00:00:00Z'));
    expect(iso(step.due)).toEqual(['2026-11-15T08:00:00.000Z']);
    expect(step.next).toBeNull();
  });
});
