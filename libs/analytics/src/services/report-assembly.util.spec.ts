import { describe, expect, it } from '@jest/globals';
import { applySuppression } from '#privacy/aggregates';
import { toReport, toSuppressionInput, type CountRow } from './report-assembly.util.js';

const groupRow = (group: string | null, participants: number, valueSum = 0, valueCount = 0): CountRow => ({
  theme: null,
  group,
  isTotal: group === null,
  participants,
  valueSum,
  valueCount,
});
const themeRow = (theme: string, group: string | null, participants: number, valueSum = 0, valueCount = participants): CountRow => ({
  theme,
  group,
  isTotal: group === null,
  participants,
  valueSum,
  valueCount,
});

describe('toSuppressionInput', () => {
  it('separates the organisation total from groups, orders groups by name and themes by size', () => {
    const input = toSuppressionInput(
      [
        groupRow('Sales', 2, 14, 2),
        groupRow(null, 6, 40, 5),
        groupRow('Engineering', 4, 26, 3),
        themeRow('learning', null, 3, 1.5),
        themeRow('workload', null, 5, -2),
        themeRow('workload', 'Engineering', 4, -1),
        themeRow('workload', 'Sales', 1, -1),
      ],
      5,
    );
    expect(input.threshold).toBe(5);
    expect(input.organisation).toEqual({
      group: 'organisation',
      participants: 6,
      satisfactionSum: 40,
      satisfactionCount: 5,
      themes: [
        { theme: 'workload', participants: 5, sentimentSum: -2, sentimentCount: 5 },
        { theme: 'learning', participants: 3, sentimentSum: 1.5, sentimentCount: 3 },
      ],
    });
    expect(input.groups.map((g) => [g.group, g.participants, g.themes.map((t) => t.theme)])).toEqual([
      ['Engineering', 4, ['workload']],
      ['Sales', 2, ['workload']],
    ]);
  });

  it('leaves participants without a group in the organisation only', () => {
    const ungrouped: CountRow = { ...groupRow('x', 3), group: null, isTotal: false };
    const input = toSuppressionInput([groupRow(null, 9), ungrouped, groupRow('A', 6)], 5);
    expect(input.groups.map((g) => g.group)).toEqual(['A']);
    expect(input.organisation.participants).toBe(9);
  });

  it('reports an empty period as an empty organisation', () => {
    const input = toSuppressionInput([], 5);
    expect(input.organisation).toEqual({ group: 'organisation', participants: 0, satisfactionSum: 0, satisfactionCount: 0, themes: [] });
    expect(input.groups).toEqual([]);
  });
});

describe('toReport', () => {
  it('puts the organisation first and labels shown themes, for 6 participants in departments of 4 and 2', () => {
    const input = toSuppressionInput(
      [groupRow(null, 6, 42, 6), groupRow('Engineering', 4, 28, 4), groupRow('Sales', 2, 14, 2), themeRow('workload', null, 6, 3), themeRow('workload', 'Engineering', 4, 2), themeRow('workload', 'Sales', 2, 1)],
      5,
    );
    const report = toReport('2026-Q4', 5, applySuppression(input), new Map([['workload', 'Workload']]));
    expect(report).toEqual({
      period: '2026-Q4',
      threshold: 5,
      groups: [
        {
          group: 'organisation',
          participants: 6,
          averageSatisfaction: 7,
          suppressed: false,
          themes: [{ theme: 'workload', label: 'Workload', participants: 6, share: 1, averageSentiment: 0.5 }],
        },
        { group: 'Engineering', participants: null, averageSatisfaction: null, suppressed: true, themes: [] },
        { group: 'Sales', participants: null, averageSatisfaction: null, suppressed: true, themes: [] },
      ],
      // Two hidden rows plus their two hidden workload cells.
      suppressedCells: 4,
    });
  });

  it('falls back to the key when no label is known', () => {
    const input = toSuppressionInput([groupRow(null, 5), themeRow('focus_time', null, 5)], 5);
    const report = toReport('2026-Q1', 5, applySuppression(input), new Map());
    expect(report.groups[0].themes[0]).toMatchObject({ theme: 'focus_time', label: 'focus_time' });
  });
});
