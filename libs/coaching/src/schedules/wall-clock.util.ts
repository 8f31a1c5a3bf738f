import { DateTime, IANAZone } from 'luxon';

const DAY_MS = 86_400_000;

/**
 * "Floating" time: a Date whose UTC fields equal the wall-clock fields of `instant` in `zone`.
 * Recurrence arithmetic runs on these so it never crosses a DST change; only the final
 * conversion back to an instant does.
 */
export function toFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return DateTime.fromObject(local.toObject(), { zone: 'utc' }).toJSDate();
}

/**
 * The instant at which clocks in `zone` show the floating fields.
 * - Gap (spring forward, e.g. 02:30 on a day that jumps from 02:00 to 03:00): the time does
 *   not exist; luxon shifts it forward by the gap, so 02:30 becomes 03:30 local.
 * - Overlap (fall back, 02:30 happens twice): the earlier instant, when the clock first shows
 *   it. luxon's own pick depends on the zone's offset sign, so it is fixed here.
 */
export function fromFloating(floating: Date, zone: string): Date {
  const wall = floating.getTime();
  const iana = IANAZone.create(zone);
  // Offsets (minutes) on either side of any transition near this wall-clock time.
  const offsets = new Set([iana.offset(wall - DAY_MS), iana.offset(wall + DAY_MS)]);
  const matches = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => wall - iana.offset(instant) * 60_000 === instant);
  if (matches.length > 0) return new Date(Math.min(...matches));
  const fields = DateTime.fromJSDate(floating, { zone: 'utc' }).toObject();
  return DateTime.fromObject(fields, { zone }).toJSDate(); // in a gap
}
