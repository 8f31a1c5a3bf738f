import { CoachingException, CoachingExceptionCode } from '../coaching.exception.js';
import type { Cadence, ScheduleSpec } from '../schedules/cadence.types.js';
import { firstOpenDue } from '../schedules/due-window.util.js';
import { validateSchedule } from '../schedules/schedule-validation.util.js';

export interface ScheduleRequest {
  cadence: Cadence;
  rrule?: string | null;
  /** IANA zone; defaults to UTC. */
  timezone?: string | null;
  /** Defaults to now. */
  startsAt?: Date | null;
  /** How long each due session stays open; defaults to 14 days. */
  windowDays?: number | null;
}

export interface ResolvedSchedule {
  spec: ScheduleSpec;
  windowDays: number;
  nextDueAt: Date;
}

export const DEFAULT_WINDOW_DAYS = 14;
export const MAX_WINDOW_DAYS = 90;
const EARLIEST_START = Date.UTC(2000, 0, 1);
const LATEST_START_YEARS = 50;

const invalid = (field: string, message: string) => CoachingException.invalid(CoachingExceptionCode.INVALID_SCHEDULE, field, message);

/** Applies defaults, validates the schedule and computes its first due date (still open at `now`). */
export function resolveSchedule(request: ScheduleRequest, now: Date): ResolvedSchedule {
  const spec: ScheduleSpec = {
    cadence: request.cadence,
    rrule: request.rrule ?? null,
    timezone: request.timezone ?? 'UTC',
    startsAt: request.startsAt ?? now,
  };
  const windowDays = request.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
    throw invalid('windowDays', `windowDays must be a whole number of days from 1 to ${MAX_WINDOW_DAYS}`);
  }
  const validation = validateSchedule(spec);
  if (!validation.ok) throw invalid(validation.field, validation.message);
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + LATEST_START_YEARS);
  if (spec.startsAt.getTime() < EARLIEST_START || spec.startsAt > latest) {
    throw invalid('startsAt', `startsAt must be between 2000 and ${LATEST_START_YEARS} years from now`);
  }
  const nextDueAt = firstOpenDue(spec, windowDays, now);
  if (!nextDueAt) {
    throw invalid(spec.cadence === 'RRULE' ? 'rrule' : 'startsAt', 'This schedule has no due date left whose window is still open');
  }
  return { spec, windowDays, nextDueAt };
}
