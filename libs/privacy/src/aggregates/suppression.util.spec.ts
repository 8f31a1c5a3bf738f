import { describe, expect, it } from '@jest/globals';
import type { GroupCounts, GroupRow } from './aggregate-report.types.js';
import { applySuppression } from './suppression.util.js';

/** A group whose satisfaction averages 4 and whose themes average a sentiment of 0.5. */
function group(name: string, participants: number, themes: Record<string, number> = {}): GroupCounts {
  return {
    group: name,
    participants,
    satisfactionSum: participants * 4,
    satisfactionCount: participants,
    themes: Object.entries(themes).map(([theme, count]) => ({
      theme,
      participants: count,
      sentimentSum: count / 2,
      sentimentCount: count,
    })),
  };
}

function byName(rows: GroupRow[]): Record<string, number | null> {
  return Object.fromEntries(rows.map((row) => [row.group, row.participants]));
}

function themesOf(row: GroupRow): Record<string, number> {
  return Object.fromEntries(row.themes.map((t) => [t.theme, t.participants]));
}

describe('applySuppression: group rows', () => {
  it('hides a row below the threshold with its average and themes', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 30, { focus: 12 }),
      groups: [group('A', 3, { focus: 3 }), group('B', 12, { focus: 4 }), group('C', 15, { focus: 5 })],
    });
    expect(report.groups[0]).toEqual({
      group: 'A',
      participants: null,
      averageSatisfaction: null,
      suppressed: true,
      themes: [],
    });
  });

  it('threshold 5, org 6, A=4, B=2: shows the organisation and hides both groups', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 6),
      groups: [group('A', 4), group('B', 2)],
    });
    expect(report.organisation.participants).toBe(6);
    expect(report.organisation.suppressed).toBe(false);
    expect(report.groups.map((g) => g.suppressed)).toEqual([true, true]);
    expect(report.suppressedCells).toBe(2);
  });

  it('threshold 5, org 20, A=10, B=7, C=3: hides C and, as its complement, B', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 20),
      groups: [group('A', 10), group('B', 7), group('C', 3)],
    });
    expect(byName(report.groups)).toEqual({ A: 10, B: null, C: null });
    expect(report.suppressedCells).toBe(2);
  });

  it('keeps hiding the next-smallest group until the hidden ones hold >= threshold', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 30),
      groups: [group('D', 21), group('C', 6), group('B', 2), group('A', 1)],
    });
    expect(byName(report.groups)).toEqual({ D: 21, C: null, B: null, A: null });
  });

  it('shows everything when no cell is below the threshold and nobody is ungrouped', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 22),
      groups: [group('A', 10), group('B', 12)],
    });
    expect(byName(report.groups)).toEqual({ A: 10, B: 12 });
    expect(report.suppressedCells).toBe(0);
  });

  it('protects a small ungrouped remainder, which org minus all groups would reveal', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 23),
      groups: [group('A', 10), group('B', 12)],
    });
    expect(byName(report.groups)).toEqual({ A: null, B: null });
    expect(report.organisation.participants).toBe(23);
  });

  it('with a small remainder and one hidden group, hides another group', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 24),
      groups: [group('A', 3), group('B', 10), group('C', 10)],
    });
    expect(byName(report.groups)).toEqual({ A: null, B: null, C: 10 });
  });

  it('does not count a large remainder as cover for a single hidden group', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 40),
      groups: [group('A', 3), group('B', 10), group('C', 12)],
    });
    expect(byName(report.groups)).toEqual({ A: null, B: null, C: 12 });
  });

  it('accepts every group hidden when their sum stays below the threshold', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 10),
      groups: [group('A', 2), group('B', 2)],
    });
    expect(byName(report.groups)).toEqual({ A: null, B: null });
    expect(report.organisation.participants).toBe(10);
  });

  it('hides a lone small group without a sibling to pair it with', () => {
    const report = applySuppression({ threshold: 5, organisation: group('org', 10), groups: [group('A', 3)] });
    expect(byName(report.groups)).toEqual({ A: null });
    expect(report.organisation.participants).toBe(10);
  });

  it('hides the organisation row below the threshold, and so every group', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 4, { focus: 4, rest: 1 }),
      groups: [group('A', 2, { focus: 2 }), group('B', 2, { focus: 2, rest: 1 })],
    });
    expect(report.organisation).toMatchObject({ suppressed: true, participants: null, themes: [] });
    expect(report.groups.every((g) => g.suppressed)).toBe(true);
    // 3 rows + org focus/rest + A focus + B focus/rest
    expect(report.suppressedCells).toBe(8);
  });

  it('reports only the organisation when not grouped', () => {
    const report = applySuppression({ threshold: 5, organisation: group('org', 9, { a: 5, b: 4 }), groups: [] });
    expect(report.groups).toEqual([]);
    expect(themesOf(report.organisation)).toEqual({ a: 5 });
    expect(report.suppressedCells).toBe(1);
  });
});

describe('applySuppression: theme cells', () => {
  it('hides a small theme cell and, across groups, its next-smallest sibling', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 45, { stress: 19, growth: 18 }),
      groups: [
        group('A', 15, { stress: 3, growth: 6 }),
        group('B', 15, { stress: 10, growth: 6 }),
        group('C', 15, { stress: 6, growth: 6 }),
      ],
    });
    expect(themesOf(report.organisation)).toEqual({ stress: 19, growth: 18 });
    expect(report.groups.map(themesOf)).toEqual([{ growth: 6 }, { stress: 10, growth: 6 }, { growth: 6 }]);
    expect(report.suppressedCells).toBe(2);
  });

  it('treats theme cells of a hidden row as hidden when protecting the theme', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 30, { t: 12 }),
      groups: [group('A', 3, { t: 2 }), group('B', 12, { t: 5 }), group('C', 15, { t: 5 })],
    });
    // Rows: A primary, B complementary. Theme t: A and B hidden (sum 7 >= 5), C shown.
    expect(byName(report.groups)).toEqual({ A: null, B: null, C: 15 });
    expect(themesOf(report.groups[2])).toEqual({ t: 5 });
    expect(report.suppressedCells).toBe(4);
  });

  it('adds a complement to a row-hidden theme cell when the sum is still too small', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 40, { t: 17 }),
      groups: [group('A', 2, { t: 1 }), group('B', 3, { t: 1 }), group('C', 15, { t: 7 }), group('D', 20, { t: 8 })],
    });
    // Rows: A, B primary (sum 5). Theme t: A + B hold 2, so C's 7 is hidden too.
    expect(byName(report.groups)).toEqual({ A: null, B: null, C: 15, D: 20 });
    expect(report.groups.slice(2).map(themesOf)).toEqual([{}, { t: 8 }]);
  });

  it('needs no complement within a group: themes overlap and do not sum to the row', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 10, { rare: 3, common: 9 }),
      groups: [group('A', 10, { rare: 3, common: 9 })],
    });
    expect(themesOf(report.groups[0])).toEqual({ common: 9 });
    expect(themesOf(report.organisation)).toEqual({ common: 9 });
  });

  it('protects the small ungrouped remainder of a theme', () => {
    const report = applySuppression({
      threshold: 5,
      organisation: group('org', 34, { t: 13 }),
      groups: [group('A', 14, { t: 6 }), group('B', 15, { t: 6 })],
    });
    // Five are ungrouped (enough to show the rows), but only one of them has theme t: 13 - 6 - 6.
    expect(byName(report.groups)).toEqual({ A: 14, B: 15 });
    expect(report.groups.map(themesOf)).toEqual([{}, {}]);
    expect(themesOf(report.organisation)).toEqual({ t: 13 });
  });

  it('leaves out empty theme cells without counting them as suppressed', () => {
    const report = applySuppression({
      threshold: 2,
      organisation: group('org', 4, { a: 4, b: 0 }),
      groups: [],
    });
    expect(themesOf(report.organisation)).toEqual({ a: 4 });
    expect(report.suppressedCells).toBe(0);
  });
});

describe('applySuppression: values', () => {
  it('rounds averages and shares', () => {
    const report = applySuppression({
      threshold: 1,
      organisation: {
        group: 'org',
        participants: 3,
        satisfactionSum: 7,
        satisfactionCount: 3,
        themes: [
          { theme: 'a', participants: 1, sentimentSum: -2, sentimentCount: 3 },
          { theme: 'b', participants: 2, sentimentSum: 1.0005, sentimentCount: 1 },
          { theme: 'c', participants: 3, sentimentSum: 0, sentimentCount: 0 },
        ],
      },
      groups: [],
    });
    expect(report.organisation.averageSatisfaction).toBe(2.33);
    expect(report.organisation.themes).toEqual([
      { theme: 'a', participants: 1, share: 0.333, averageSentiment: -0.667 },
      { theme: 'b', participants: 2, share: 0.667, averageSentiment: 1.001 },
      { theme: 'c', participants: 3, share: 1, averageSentiment: null },
    ]);
  });

  it('returns null averages when nobody rated', () => {
    const org = { ...group('org', 6), satisfactionSum: 0, satisfactionCount: 0 };
    expect(applySuppression({ threshold: 5, organisation: org, groups: [] }).organisation.averageSatisfaction).toBeNull();
  });
});

describe('applySuppression: input checks', () => {
  const org = group('org', 10, { t: 5 });
  it.each([
    ['threshold 0', { threshold: 0, organisation: org, groups: [] }],
    ['fractional threshold', { threshold: 2.5, organisation: org, groups: [] }],
    ['negative count', { threshold: 5, organisation: group('org', -1), groups: [] }],
    ['groups above the organisation', { threshold: 5, organisation: org, groups: [group('A', 6), group('B', 5)] }],
    ['duplicate group', { threshold: 5, organisation: org, groups: [group('A', 2), group('A', 2)] }],
    ['theme above its group', { threshold: 5, organisation: group('org', 10, { t: 11 }), groups: [] }],
    ['theme above the organisation', { threshold: 5, organisation: org, groups: [group('A', 8, { t: 6 })] }],
    ['theme missing from the organisation', { threshold: 5, organisation: org, groups: [group('A', 8, { u: 1 })] }],
  ])('rejects %s', (_, input) => {
    expect(() => applySuppression(input)).toThrow(RangeError);
  });
});
