import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '#common';
import { AnalyticsException } from '../analytics.exception.js';
import { parseGrouping, parsePeriod } from './report-params.util.js';

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AnalyticsException ? error.code : undefined;
  }
  return undefined;
}

describe('report parameters', () => {
  it('accepts quarters and the two groupings', () => {
    expect(parsePeriod('2026-Q4')).toBe('2026-Q4');
    expect(parseGrouping(null)).toBeNull();
    expect(parseGrouping(undefined)).toBeNull();
    expect(parseGrouping('department')).toBe('department');
    expect(parseGrouping('team')).toBe('team');
  });

  it.each(['2026-Q5', '2026Q4', '2026-q4', "2026-Q4'; --", ''])('rejects the period %p as BAD_USER_INPUT', (period) => {
    expect(codeOf(() => parsePeriod(period))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it.each(['Department', 'user', 'm.department', ''])('rejects the grouping %p as BAD_USER_INPUT', (groupBy) => {
    expect(codeOf(() => parseGrouping(groupBy))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
