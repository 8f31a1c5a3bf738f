import { DateTime } from 'luxon';
import rrule from 'rrule';
import type { ScheduleSpec } from './cadence.types.js';
import { parseRecurrenceRule, type UntilForm } from './recurrence-rule.util.js';
import { validateSchedule } from './schedule-validation.util.js';
import { fromFloating, toFloating } from './wall-clock.util.js';

const { RRule } = rrule;

const DAY_MS = 86_400_000;
/** Widens floating windows: a zone's offset moves local time less than a day from UTC. */
const MARGIN_MS = 2 * DAY_MS;

/**
 * Due instants in [from, to), ascending. Every occurrence keeps the local wall-clock time of
 * `startsAt` in `spec.timezone`, so its UTC instant moves with daylight saving time.
 */
export function dueDatesBetween(spec: ScheduleSpec, from: Date, to: Date): Date[] {
  return compileSchedule(spec).between(from, to);
}

/** The first due instant strictly after `after`, or null when the schedule has ended. */
export function nextDueAfter(spec: ScheduleSpec, after: Date): Date | null {
  return compileSchedule(spec).next(after);
}

/** A validated schedule to query several times (validation and set-up happen once). */
export interface Schedule {
  /** Due instants in [from, to), ascending. */
  between(from: Date, to: Date): Date[];
  /** The first due instant strictly after `after`, or null when the schedule has ended. */
  next(after: Date): Date | null;
}

export function compileSchedule(spec: ScheduleSpec): Schedule {
  const schedule = compile(spec);
  return {
    between(from, to) {
      assertDate(from, 'from');
      assertDate(to, 'to');
      if (from >= to) return [];
      return schedule.between(from, to).filter((due) => due >= from && due < to);
    },
    next(after) {
      assertDate(after, 'after');
      return schedule.next(after);
    },
  };
}

interface CompiledSchedule {
  /** Every occurrence in [from, to), possibly with a few just outside; caller filters. */
  between(from: Date, to: Date): Date[];
  next(after: Date): Date | null;
}

function compile(spec: ScheduleSpec): CompiledSchedule {
  const validation = validateSchedule(spec);
  if (!validation.ok) throw new RangeError(`Invalid schedule ${validation.field}: ${validation.message}`);
  const cadence = spec.cadence;
  switch (cadence) {
    case 'ONCE':
      return {
        between: () => [new Date(spec.startsAt)],
        next: (after) => (spec.startsAt > after ? new Date(spec.startsAt) : null),
      };
    case 'QUARTERLY':
      return everyMonths(spec, 3);
    case 'ANNUALLY':
      return everyMonths(spec, 12);
    case 'RRULE':
      return byRule(spec);
    default: {
      const unhandled: never = cadence;
      throw new RangeError(`Unknown cadence ${String(unhandled)}`);
    }
  }
}

/**
 * Occurrence k is startsAt plus k*step months in local time, always counted from the start,
 * so a clamped day recovers: Nov 30 -> Feb 28 -> May 30 -> Aug 30.
 */
function everyMonths(spec: ScheduleSpec, step: number): CompiledSchedule {
  const { startsAt, timezone } = spec;
  const start = DateTime.fromJSDate(toFloating(startsAt, timezone), { zone: 'utc' });
  // k = 0 is startsAt itself, even if it is the later of two identical fall-back times.
  const at = (k: number) => (k === 0 ? new Date(startsAt) : fromFloating(start.plus({ months: step * k }).toJSDate(), timezone));
  // A safe lower bound for k: one step before the month `instant` falls in locally.
  const firstCandidate = (instant: Date) => {
    const local = DateTime.fromJSDate(toFloating(instant, timezone), { zone: 'utc' });
    const months = (local.year - start.year) * 12 + (local.month - start.month);
    return Math.max(0, Math.floor(months / step) - 1);
  };
  return {
    between(from, to) {
      const dates: Date[] = [];
      for (let k = firstCandidate(from), due = at(k); due < to; due = at(++k)) dates.push(due);
      return dates;
    },
    next(after) {
      let k = firstCandidate(after);
      while (at(k) <= after) k++;
      return at(k);
    },
  };
}

/**
 * Evaluates the rule in floating local time (dtstart = the wall-clock fields of startsAt,
 * no TZID) and converts each occurrence to an instant in the zone afterwards. rrule's own
 * TZID support returns dates meant to be read in the host's zone, which a server must not
 * depend on. As in rrule, due dates are the ones matching the rule: startsAt is a lower
 * bound, not an extra occurrence (RFC 5545 would always count DTSTART).
 */
function byRule(spec: ScheduleSpec): CompiledSchedule {
  const { startsAt, timezone } = spec;
  const parsed = parseRecurrenceRule(spec.rrule ?? '');
  if (!parsed.ok) throw new RangeError(parsed.message); // unreachable after validation
  const dtstart = toFloating(startsAt, timezone);
  const options = { ...parsed.options, dtstart, tzid: null };
  if (options.until) options.until = floatingUntil(options.until, parsed.untilForm, timezone);
  const rule = new RRule(options);
  const toInstant = (floating: Date) => (floating.getTime() === dtstart.getTime() ? new Date(startsAt) : fromFloating(floating, timezone));
  const shift = (instant: Date, ms: number) => new Date(toFloating(instant, timezone).getTime() + ms);

  return {
    between(from, to) {
      // Sorted because conversion is not strictly monotonic around DST gaps.
      return rule
        .between(shift(from, -MARGIN_MS), shift(to, MARGIN_MS), true)
        .map(toInstant)
        .sort((a, b) => a.getTime() - b.getTime());
    },
    next(after) {
      // Frequencies are at most daily, so the margin leaves only a few steps to walk.
      let candidate = rule.after(shift(after, -MARGIN_MS), true);
      while (candidate && toInstant(candidate) <= after) candidate = rule.after(candidate, false);
      return candidate ? toInstant(candidate) : null;
    },
  };
}

/** rrule parses every UNTIL as if it were UTC; map it onto the floating local time line. */
function floatingUntil(until: Date, form: UntilForm | null, timezone: string): Date {
  if (form === 'utc') return toFloating(until, timezone); // a real instant
  if (form === 'date') return new Date(until.getTime() + DAY_MS - 1); // the whole local day
  return until; // already local wall-clock time
}

function assertDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid date`);
  }
}
