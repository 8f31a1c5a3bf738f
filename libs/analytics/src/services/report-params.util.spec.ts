import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '#common';
import { AnalyticsException, AnalyticsExceptionCode } from '../analytics.exception.js';
import { parseFilter, parseGrouping, parsePeriod } from './report-params.util.js';

function failure(fn: () => unknown): [ErrorCode, string] | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AnalyticsException ? [error.code, error.reason] : undefined;
  }
  return undefined;
}

describe('report parameters', () => {
  it('accepts quarters, the groupings and trimmed filter names', () => {
    expect(parsePeriod('2026-Q4')).toBe('2026-Q4');
    expect(parseGrouping(null)).toBeNull();
    expect(parseGrouping(undefined)).toBeNull();
    expect(parseGrouping('department')).toBe('department');
    expect(parseGrouping('team')).toBe('team');
    expect(parseGrouping('department_team')).toBe('department_team');
    expect(parseFilter(null, 'team')).toBeNull();
    expect(parseFilter('  Ops ', 'department')).toBe('Ops');
  });

  it.each(['2026-Q5', '2026Q4', '2026-q4', "2026-Q4'; --", ''])('rejects the period %p as BAD_USER_INPUT', (period) => {
    expect(failure(() => parsePeriod(period))).toEqual([ErrorCode.BAD_USER_INPUT, AnalyticsExceptionCode.INVALID_PERIOD]);
  });

  it.each(['Department', 'user', 'm.department', 'department,team', ''])('rejects the grouping %p as BAD_USER_INPUT', (groupBy) => {
    expect(failure(() => parseGrouping(groupBy))).toEqual([ErrorCode.BAD_USER_INPUT, AnalyticsExceptionCode.INVALID_GROUPING]);
  });

  it.each(['', '   ', 'x'.repeat(201)])('rejects the filter %p as BAD_USER_INPUT', (name) => {
    expect(failure(() => parseFilter(name, 'department'))).toEqual([ErrorCode.BAD_USER_INPUT, AnalyticsExceptionCode.INVALID_FILTER]);
  });
});
