import { AnalyticsException, AnalyticsExceptionCode } from '../analytics.exception.js';
import { quarterBounds } from '../periods/quarter.util.js';

export const REPORT_GROUPINGS = ['department', 'team', 'department_team'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export const FILTER_MAX_LENGTH = 200;

/** A quarter such as "2026-Q4"; anything else is the caller's mistake, never a query. */
export function parsePeriod(period: string): string {
  try {
    quarterBounds(period);
  } catch {
    throw new AnalyticsException('period must be a quarter such as "2026-Q4"', AnalyticsExceptionCode.INVALID_PERIOD, { field: 'period' });
  }
  return period;
}

/** No grouping (the total only), a membership attribute, or the pair of both. */
export function parseGrouping(groupBy: string | null | undefined): ReportGrouping | null {
  if (groupBy === null || groupBy === undefined) return null;
  const grouping = REPORT_GROUPINGS.find((g) => g === groupBy);
  if (!grouping) {
    throw new AnalyticsException(`groupBy must be one of: ${REPORT_GROUPINGS.join(', ')}`, AnalyticsExceptionCode.INVALID_GROUPING, {
      field: 'groupBy',
    });
  }
  return grouping;
}

/** A department or team name to filter by, compared after trimming like the groups themselves. */
export function parseFilter(value: string | null | undefined, field: 'department' | 'team'): string | null {
  if (value === null || value === undefined) return null;
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name || name.length > FILTER_MAX_LENGTH) {
    throw new AnalyticsException(`${field} must be a name of 1 to ${FILTER_MAX_LENGTH} characters`, AnalyticsExceptionCode.INVALID_FILTER, {
      field,
    });
  }
  return name;
}
