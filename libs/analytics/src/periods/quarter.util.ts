// Years are four digits from 1000: Date.UTC maps years 0-99 to 19xx, and a fixed width
// keeps period strings sortable.
const PERIOD = /^([1-9]\d{3})-Q([1-4])$/;

/** UTC bounds of a period such as "2026-Q4": start inclusive, next quarter's start exclusive. */
export function quarterBounds(period: string): { start: Date; end: Date } {
  const match = typeof period === 'string' ? PERIOD.exec(period) : null;
  if (!match) throw new RangeError(`Invalid quarter "${String(period)}", expected e.g. "2026-Q4"`);
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3;
  // Month 12 rolls over to January of the next year.
  return {
    start: new Date(Date.UTC(year, firstMonth, 1)),
    end: new Date(Date.UTC(year, firstMonth + 3, 1)),
  };
}

/** The UTC quarter containing `date`, e.g. "2026-Q4". */
export function quarterOf(date: Date): string {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) throw new RangeError(`Year ${year} is outside 1000-9999`);
  return `${year}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
