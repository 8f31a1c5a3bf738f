import { quarterBounds } from '#privacy/aggregates';
import { AnalyticsException, AnalyticsExceptionCode } from '../analytics.exception.js';

export const REPORT_GROUPINGS = ['department', 'team'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** A quarter such as "2026-Q4"; anything else is the caller's mistake, never a query. */
export function parsePeriod(period: string): string {
  try {
    quarterBounds(period);
  } catch {
    throw new AnalyticsException('period must be a quarter such as "2026-Q4"', AnalyticsExceptionCode.INVALID_PERIOD, { field: 'period' });
  }
  return period;
}

/** No grouping (organisation only), or one of the membership attributes. */
export function parseGrouping(groupBy: string | null | undefined): ReportGrouping | null {
  if (groupBy === null || groupBy === undefined) return null;
  const grouping = REPORT_GROUPINGS.find((g) => g === groupBy);
  if (!grouping) {
    throw new AnalyticsException(`groupBy must be one of: ${REPORT_GROUPINGS.join(', ')}`, AnalyticsExceptionCode.INVALID_GROUPING, { field: 'groupBy' });
  }
  return grouping;
}
