import { IANAZone } from 'luxon';
import type { ScheduleSpec } from './cadence.types.js';
import { parseRecurrenceRule } from './recurrence-rule.util.js';

export type ScheduleValidation =
  | { ok: true }
  | { ok: false; field: 'rrule' | 'timezone' | 'startsAt'; message: string };

/** Checks a schedule before it is stored or evaluated; reports the first invalid field. */
export function validateSchedule(spec: ScheduleSpec): ScheduleValidation {
  if (!(spec.startsAt instanceof Date) || Number.isNaN(spec.startsAt.getTime())) {
    return { ok: false, field: 'startsAt', message: 'startsAt must be a valid date' };
  }
  if (typeof spec.timezone !== 'string' || !IANAZone.isValidZone(spec.timezone)) {
    return { ok: false, field: 'timezone', message: `"${String(spec.timezone)}" is not an IANA time zone` };
  }
  if (spec.cadence !== 'RRULE') {
    // A stray rule would be silently ignored, which hides a client mistake.
    return spec.rrule == null
      ? { ok: true }
      : { ok: false, field: 'rrule', message: `a ${spec.cadence} schedule cannot carry a recurrence rule` };
  }
  const parsed = parseRecurrenceRule(spec.rrule ?? '');
  return parsed.ok ? { ok: true } : { ok: false, field: 'rrule', message: parsed.message };
}
