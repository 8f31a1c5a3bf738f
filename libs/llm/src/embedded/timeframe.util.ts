const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, few: 3 };

const UNIT = `(?:days?|weeks?|months?|quarters?|years?|sprints?)`;
const COUNT = String.raw`(?:\d{1,2}|a|an|one|two|three|four|five|six|a couple of|a few)`;
const PERIOD = `(?:week|month|quarter|year|sprint|cycle|review|review cycle|promotion cycle|performance review|half|spring|summer|autumn|fall|winter)`;
const NAMED = `(?:${MONTHS.join('|')}|${WEEKDAYS.join('|')}|q[1-4]|h[12]|the new year|christmas|easter)`;

// "by the end of January", "before the next promotion cycle", "within two weeks", "next quarter",
// "this month", "in Q3", "tomorrow". Longest forms first, so the phrase is kept whole.
const TIMEFRAME = new RegExp(
  [
    String.raw`\b(?:by|before|until|till|for) (?:the )?(?:end|start|beginning|middle) of (?:the |this |next )?(?:${PERIOD}|${NAMED})\b`,
    String.raw`\b(?:by|before|until|till|after|at) (?:the )?(?:next |this |coming )?(?:${PERIOD}|${NAMED})\b`,
    String.raw`\b(?:within|in|over) (?:the next )?${COUNT} ${UNIT}\b`,
    String.raw`\b(?:in|during) (?:${NAMED})\b`,
    String.raw`\b(?:next|this|the coming) (?:${PERIOD}|${NAMED})\b`,
    String.raw`\b(?:tomorrow|today|tonight|this afternoon|right away|straight away|asap|soon)\b`,
  ].join('|'),
  'i',
);

/** When a participant said they would do something, as they said it ("next quarter"), or null. */
export function findTimeframe(text: string): string | null {
  return TIMEFRAME.exec(text)?.[0].toLowerCase() ?? null;
}

const DAY = 86_400_000;

/**
 * Days from `start` to the date a timeframe names: the end of the period it names ("next
 * quarter" is the end of next calendar quarter, "by March" the end of March). Null when it names
 * no date ("before the next promotion cycle").
 */
export function daysUntil(timeframe: string, start: Date): number | null {
  const t = timeframe.toLowerCase();
  const at = (date: Date) => Math.max(1, Math.round((date.getTime() - start.getTime()) / DAY));
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const endOfMonth = (m: number) => new Date(Date.UTC(year, m + 1, 0));
  const quarterEnd = (offset: number) => endOfMonth(Math.floor(month / 3) * 3 + 2 + offset * 3);

  if (/\b(?:today|tonight|this afternoon|right away|straight away|asap|tomorrow)\b/.test(t)) return 7;
  if (/\bsoon\b/.test(t)) return 14;
  const counted = /(\d{1,2}|a couple of|a few|an?|one|two|three|four|five|six) (day|week|month|quarter|year|sprint)/.exec(t);
  if (counted) {
    const n = Number(counted[1]) || NUMBERS[counted[1]!.replace(/ of$/, '').replace(/^a /, '')] || 1;
    const unit = { day: 1, week: 7, sprint: 14, month: 30, quarter: 91, year: 365 }[counted[2] as 'day'];
    return n * unit;
  }
  const next = /\b(?:next|coming)\b/.test(t);
  if (/\bweek\b/.test(t)) return next ? 14 : 7;
  if (/\bmonth\b/.test(t)) return at(endOfMonth(month + (next ? 1 : 0)));
  if (/\bquarter\b/.test(t)) return at(quarterEnd(next ? 1 : 0));
  if (/\b(?:half|h[12])\b/.test(t)) {
    const h = /\bh([12])\b/.exec(t);
    const endMonth = h ? (h[1] === '1' ? 5 : 11) : month < 6 ? (next ? 11 : 5) : next ? 17 : 11;
    return at(rollForward(endOfMonth(endMonth), start));
  }
  if (/\byear\b|new year/.test(t)) return at(new Date(Date.UTC(year + (next ? 1 : 0), 11, 31)));
  const quarter = /\bq([1-4])\b/.exec(t);
  if (quarter) return at(rollForward(endOfMonth(Number(quarter[1]) * 3 - 1), start));
  const named = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(t));
  if (named >= 0) return at(rollForward(endOfMonth(named), start));
  if (WEEKDAYS.some((day) => t.includes(day))) return 7;
  const season = /\b(spring|summer|autumn|fall|winter)\b/.exec(t);
  if (season) return at(rollForward(endOfMonth({ spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 }[season[1] as 'spring']), start));
  return null;
}

/** The same calendar date this year, or next year when it has passed. */
function rollForward(date: Date, start: Date): Date {
  return date.getTime() > start.getTime() ? date : new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
}
