import { IANAZone } from 'luxon';
import type { ScheduleSpec } from './cadence.types.js';
import { parseRecurrenceRule } from './recurrence-rule.util.js';

export type ScheduleValidation = { ok: true } | { ok: false; field: 'rrule' | 'timezone' | 'startsAt'; message: string };

/**
 * Zones already seen valid. luxon builds an Intl.DateTimeFormat on every validity check, which
 * dominated evaluating thousands of schedules; the valid IANA names are a small fixed set, and
 * only valid ones are remembered, so input cannot grow this.
 */
const knownZones = new Set<string>();

/** "+01:00": an offset, not a zone (no daylight saving rules). Intl accepts offsets from Node 22 on. */
const OFFSET = /^[+-]/;

function isIanaZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  if (knownZones.has(zone)) return true;
  if (OFFSET.test(zone)) return false;
  if (!IANAZone.isValidZone(zone)) return false;
  knownZones.add(zone);
  return true;
}

/** Checks a schedule before it is stored or evaluated; reports the first invalid field. */
export function validateSchedule(spec: ScheduleSpec): ScheduleValidation {
  if (!(spec.startsAt instanceof Date) || Number.isNaN(spec.startsAt.getTime())) {
    return { ok: false, field: 'startsAt', message: 'startsAt must be a valid date' };
  }
  if (!isIanaZone(spec.timezone)) {
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
