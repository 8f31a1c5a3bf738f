import type { Options } from 'rrule';
import rrule from 'rrule';

// rrule ships CommonJS without named ESM exports, so Node only offers the default import.
const { RRule } = rrule;

/** How UNTIL was written; it decides how the value maps onto local wall-clock time. */
export type UntilForm = 'utc' | 'floating' | 'date';

export type ParsedRule = { ok: true; options: Partial<Options>; untilForm: UntilForm | null } | { ok: false; message: string };

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const list = (item: string) => new RegExp(`^${item}(,${item})*$`);
/** Comma list of integers within ±1..max (zero is never valid); `unsigned` forbids a sign. */
const signed = (max: number) => (value: string) => value.split(',').every((n) => /^[+-]?\d+$/.test(n) && inRange(Math.abs(Number(n)), max));
const unsigned = (max: number) => (value: string) => value.split(',').every((n) => /^\d+$/.test(n) && inRange(Number(n), max));
const inRange = (n: number, max: number) => n >= 1 && n <= max;

/** Accepted rule parts with their value checks (RFC 5545 3.3.10). */
const PARTS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => /^(YEARLY|MONTHLY|WEEKLY|DAILY)$/.test(v),
  INTERVAL: (v) => /^[1-9]\d{0,3}$/.test(v),
  COUNT: (v) => /^[1-9]\d{0,3}$/.test(v),
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v) && isCalendarDate(v),
  BYDAY: (v) => list(`([+-]?([1-9]|[1-4]\\d|5[0-3]))?${WEEKDAY}`).test(v),
  BYMONTHDAY: signed(31),
  BYYEARDAY: signed(366),
  BYWEEKNO: signed(53),
  BYMONTH: unsigned(12),
  BYSETPOS: signed(366),
  WKST: (v) => new RegExp(`^${WEEKDAY}$`).test(v),
};

/** Parts refused on purpose: startsAt and timezone own the start, zone and time of day. */
const OWNED_BY_SCHEDULE: Record<string, string> = {
  DTSTART: 'the start comes from startsAt',
  TZID: 'the time zone comes from timezone',
  BYHOUR: 'the time of day comes from startsAt',
  BYMINUTE: 'the time of day comes from startsAt',
  BYSECOND: 'the time of day comes from startsAt',
};

/**
 * Strictly parses an RRULE value. rrule's own parser is lenient (it ignores an unknown FREQ
 * and accepts INTERVAL=abc), so every part is checked here before rrule builds the options.
 */
export function parseRecurrenceRule(rule: string): ParsedRule {
  if (typeof rule !== 'string' || rule.trim() === '') return fail('a recurrence rule is required');
  if (/[\r\n]/.test(rule)) return fail('only one RRULE value is accepted; the start comes from startsAt');
  const value = rule
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');

  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    const match = /^([A-Z]+)=(.+)$/.exec(part);
    if (!match) return fail(`"${part}" is not a KEY=VALUE rule part`);
    const [, key, partValue] = match;
    if (parts.has(key)) return fail(`${key} appears more than once`);
    if (key in OWNED_BY_SCHEDULE) return fail(`${key} is not allowed: ${OWNED_BY_SCHEDULE[key]}`);
    if (key === 'FREQ' && /^(HOURLY|MINUTELY|SECONDLY)$/.test(partValue)) {
      return fail(`FREQ=${partValue} is more often than daily; reflections are at most daily`);
    }
    const check = PARTS[key];
    if (!check) return fail(`unknown rule part ${key}`);
    if (!check(partValue)) return fail(`invalid ${key} value "${partValue}"`);
    parts.set(key, partValue);
  }

  const problem = combinationProblem(parts);
  if (problem) return fail(problem);
  const until = parts.get('UNTIL');
  return { ok: true, options: RRule.parseString(value), untilForm: until ? untilFormOf(until) : null };
}

/** Combinations RFC 5545 forbids, which rrule would otherwise interpret silently. */
function combinationProblem(parts: Map<string, string>): string | null {
  const freq = parts.get('FREQ');
  if (!freq) return 'FREQ is required';
  if (parts.has('COUNT') && parts.has('UNTIL')) return 'COUNT and UNTIL cannot be combined';
  if (parts.has('BYWEEKNO') && freq !== 'YEARLY') return 'BYWEEKNO needs FREQ=YEARLY';
  if (parts.has('BYYEARDAY') && freq !== 'YEARLY') return 'BYYEARDAY needs FREQ=YEARLY';
  if (parts.has('BYMONTHDAY') && freq === 'WEEKLY') return 'BYMONTHDAY cannot be used with FREQ=WEEKLY';
  const ordinalDay = /[+-]?\d/.test(parts.get('BYDAY') ?? '');
  if (ordinalDay && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return 'BYDAY ordinals need FREQ=MONTHLY or YEARLY';
  }
  if (ordinalDay && parts.has('BYWEEKNO')) return 'BYDAY ordinals cannot be combined with BYWEEKNO';
  if (parts.has('BYSETPOS') && ![...parts.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')) {
    return 'BYSETPOS needs another BYxxx part';
  }
  return null;
}

function untilFormOf(until: string): UntilForm {
  if (until.endsWith('Z')) return 'utc';
  return until.includes('T') ? 'floating' : 'date';
}

function isCalendarDate(until: string): boolean {
  const [year, month, day] = [until.slice(0, 4), until.slice(4, 6), until.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const validDate = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return validDate && (until.length === 8 || validTime(until));
}

function validTime(until: string): boolean {
  const [hour, minute, second] = [until.slice(9, 11), until.slice(11, 13), until.slice(13, 15)].map(Number);
  return hour < 24 && minute < 60 && second < 60;
}

function fail(message: string): ParsedRule {
  return { ok: false, message };
}
