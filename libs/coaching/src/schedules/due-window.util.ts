import type { ScheduleSpec } from './cadence.types.js';
import { compileSchedule, nextDueAfter } from './due-dates.util.js';

const DAY_MS = 86_400_000;

/** How long a due session stays open, in milliseconds. */
export const windowMs = (windowDays: number): number => windowDays * DAY_MS;

/**
 * The earliest instant a due date may have and still be worth materialising at `asOf`: a due
 * date whose window already closed would only be created to expire at once, so catching up
 * after downtime (or a start in the past) never floods a participant with dead sessions.
 */
export function openFrom(spec: ScheduleSpec, windowDays: number, asOf: Date): Date {
  return new Date(Math.max(spec.startsAt.getTime(), asOf.getTime() - windowMs(windowDays) + 1));
}

/** The first due date of a new assignment: at or after its start, with its window still open. */
export function firstOpenDue(spec: ScheduleSpec, windowDays: number, asOf: Date): Date | null {
  return nextDueAfter(spec, new Date(openFrom(spec, windowDays, asOf).getTime() - 1));
}

export interface DueStep {
  /** Due dates to materialise now, ascending: in [max(nextDueAt, open window), asOf]. */
  due: Date[];
  /** The next due date strictly after `asOf`, or null when the schedule has ended. */
  next: Date | null;
}

/** What one scheduler pass does for one assignment whose next due date has been reached. */
export function dueStep(spec: ScheduleSpec, windowDays: number, nextDueAt: Date, asOf: Date): DueStep {
  const schedule = compileSchedule(spec);
  const from = new Date(Math.max(nextDueAt.getTime(), openFrom(spec, windowDays, asOf).getTime()));
  return { due: schedule.between(from, new Date(asOf.getTime() + 1)), next: schedule.next(asOf) };
}
