import { describe, expect, it } from '@jest/globals';
import type { GroupCounts, GroupRow, SuppressionInput } from './aggregate-report.types.js';
import { applySuppression } from './suppression.util.js';

/** mulberry32: a tiny seeded generator so every run checks the same inputs. */
function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1)); // 0..max
  };
}

const THEMES = ['growth', 'stress', 'feedback', 'balance'];

/** Consistent input: groups partition the org minus a remainder, themes are subsets. */
function generate(rand: (max: number) => number): SuppressionInput {
  const threshold = 1 + rand(9);
  const themes = THEMES.slice(0, 1 + rand(THEMES.length - 1));
  const makeGroup = (name: string, participants: number): GroupCounts => ({
    group: name,
    participants,
    satisfactionSum: rand(5 * participants),
    satisfactionCount: rand(participants),
    themes: themes
      .map((theme) => ({ theme, participants: rand(participants), sentimentSum: rand(20) - 10, sentimentCount: rand(6) }))
      .filter((t) => t.participants > 0 || rand(1) === 1), // sometimes absent, sometimes an explicit 0
  });
  const groups = Array.from({ length: rand(6) }, (_, i) => makeGroup(`G${i}`, rand(3) === 0 ? rand(4) : rand(25)));
  const remainder = rand(3) === 0 ? 0 : rand(12);
  const organisation = makeGroup('org', groups.reduce((acc, g) => acc + g.participants, remainder));
  // The organisation's theme counts are the groups' plus part of the remainder.
  organisation.themes = themes.map((theme) => ({
    theme,
    participants: groups.reduce((acc, g) => acc + count(g, theme), rand(remainder)),
    sentimentSum: rand(40) - 20,
    sentimentCount: rand(20),
  }));
  return { threshold, organisation, groups };
}

function count(group: GroupCounts, theme: string): number {
  return group.themes.find((t) => t.theme === theme)?.participants ?? 0;
}

function shownTheme(row: GroupRow, theme: string): number | undefined {
  return row.themes.find((t) => t.theme === theme)?.participants;
}

/** `actual` is `exact` rounded to `decimals` places (either way on an exact half). */
function expectRounded(actual: number | null, exact: number, decimals: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) - exact)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
  expect(Number((actual ?? 0).toFixed(decimals))).toBe(actual);
}

/** Additive-table property: a lone hidden cell only when no non-empty sibling is left to pair. */
function expectProtected(total: number, cells: number[], hidden: boolean[], threshold: number): void {
  const hiddenCells = cells.filter((c, i) => hidden[i] && c > 0);
  const shownCells = cells.filter((c, i) => !hidden[i] && c > 0);
  if (hiddenCells.length > 0 && shownCells.length > 0) {
    expect(hiddenCells.length).toBeGreaterThanOrEqual(2);
    expect(hiddenCells.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(threshold);
  }
  const remainder = total - cells.reduce((a, b) => a + b, 0);
  if (remainder > 0 && remainder < threshold && cells.some((c) => c > 0)) {
    expect(hiddenCells.length).toBeGreaterThan(0); // else org minus groups reveals the remainder
  }
}

describe('applySuppression properties (500 seeded inputs)', () => {
  const rand = seeded(20261);
  const cases = Array.from({ length: 500 }, () => generate(rand));

  it('never shows a cell below the threshold and shows exact values', () => {
    for (const input of cases) {
      const report = applySuppression(input);
      const pairs: Array<[GroupCounts, GroupRow]> = [
        [input.organisation, report.organisation],
        ...input.groups.map((g, i): [GroupCounts, GroupRow] => [g, report.groups[i]]),
      ];
      for (const [source, row] of pairs) {
        expect(row.group).toBe(source.group);
        if (row.suppressed) {
          expect(row).toMatchObject({ participants: null, averageSatisfaction: null, themes: [] });
          continue;
        }
        expect(row.participants).toBe(source.participants);
        expect(source.participants).toBeGreaterThanOrEqual(input.threshold);
        const satisfaction = source.satisfactionSum / source.satisfactionCount;
        if (source.satisfactionCount === 0) expect(row.averageSatisfaction).toBeNull();
        else expectRounded(row.averageSatisfaction, satisfaction, 2);
        for (const cell of row.themes) {
          const theme = source.themes.find((t) => t.theme === cell.theme);
          expect(cell.participants).toBe(theme?.participants);
          expect(cell.participants).toBeGreaterThanOrEqual(input.threshold);
          expectRounded(cell.share, cell.participants / source.participants, 3);
          if (!theme?.sentimentCount) expect(cell.averageSentiment).toBeNull();
          else expectRounded(cell.averageSentiment, theme.sentimentSum / theme.sentimentCount, 3);
        }
      }
    }
  });

  it('leaves no hidden cell derivable from the organisation total', () => {
    for (const input of cases) {
      const report = applySuppression(input);
      if (report.organisation.suppressed) {
        expect(report.groups.every((g) => g.suppressed)).toBe(true);
        continue;
      }
      const { threshold, organisation, groups } = input;
      expectProtected(
        organisation.participants,
        groups.map((g) => g.participants),
        report.groups.map((g) => g.suppressed),
        threshold,
      );
      for (const theme of organisation.themes.map((t) => t.theme)) {
        if (shownTheme(report.organisation, theme) === undefined) continue; // no total to subtract from
        expectProtected(
          count(organisation, theme),
          groups.map((g) => count(g, theme)),
          report.groups.map((row) => shownTheme(row, theme) === undefined),
          threshold,
        );
      }
    }
  });

  it('counts every hidden row and non-empty theme cell', () => {
    for (const input of cases) {
      const report = applySuppression(input);
      const sources = [input.organisation, ...input.groups];
      const expected = [report.organisation, ...report.groups].reduce((acc, row, i) => {
        const hiddenThemes = sources[i].themes.filter(
          (t) => t.participants > 0 && shownTheme(row, t.theme) === undefined,
        ).length;
        return acc + (row.suppressed ? 1 : 0) + hiddenThemes;
      }, 0);
      expect(report.suppressedCells).toBe(expected);
    }
  });

  it('generates a mix of outcomes worth checking', () => {
    const reports = cases.map(applySuppression);
    expect(reports.filter((r) => r.groups.some((g) => g.suppressed) && r.groups.some((g) => !g.suppressed)).length).toBeGreaterThan(50);
    expect(reports.filter((r) => r.organisation.suppressed).length).toBeGreaterThan(5);
  });
});
