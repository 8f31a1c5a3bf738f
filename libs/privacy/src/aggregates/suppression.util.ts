import type {
  GroupCounts,
  GroupRow,
  SuppressedReport,
  SuppressionInput,
  ThemeCell,
} from './aggregate-report.types.js';
import { protectAdditiveTable } from './complementary-suppression.util.js';
import { assertValidSuppressionInput, themeParticipants } from './suppression-input.util.js';

/**
 * Applies k-anonymity to one period's report: primary suppression of every cell with fewer
 * than `threshold` distinct participants, then complementary suppression so hidden cells
 * cannot be recovered by subtracting shown siblings from the organisation total.
 *
 * Group rows are protected first; their outcome feeds the theme tables (a theme cell in a
 * hidden row is hidden). Theme cells never feed back into rows: a participant can hold
 * several themes, so a group's theme cells do not sum to its total and there is no
 * within-group equation to protect.
 *
 * Averages are only shown next to shown counts, so a sum recovered from the organisation's
 * average minus the shown ones covers the same hidden cells as the recovered count does.
 */
export function applySuppression(input: SuppressionInput): SuppressedReport {
  assertValidSuppressionInput(input);
  const { threshold, organisation, groups } = input;

  const organisationShown = organisation.participants >= threshold;
  const groupHidden = protectAdditiveTable(
    {
      total: organisation.participants,
      totalShown: organisationShown,
      cells: groups.map((g) => g.participants),
      suppressed: groups.map((g) => g.participants < threshold),
    },
    threshold,
  );

  // Shown theme names per row: index 0 is the organisation, i + 1 is groups[i].
  const shownThemes = [organisation, ...groups].map(() => new Set<string>());
  for (const theme of themeNames(organisation, groups)) {
    const orgCount = themeParticipants(organisation, theme);
    const orgCellShown = organisationShown && orgCount >= threshold;
    if (orgCellShown) shownThemes[0].add(theme);
    const cells = groups.map((g) => themeParticipants(g, theme));
    const hidden = protectAdditiveTable(
      {
        total: orgCount,
        totalShown: orgCellShown,
        cells,
        suppressed: cells.map((count, i) => groupHidden[i] || count < threshold),
      },
      threshold,
    );
    hidden.forEach((isHidden, i) => {
      if (!isHidden) shownThemes[i + 1].add(theme);
    });
  }

  const organisationRow = toRow(organisation, !organisationShown, shownThemes[0]);
  const groupRows = groups.map((g, i) => toRow(g, groupHidden[i], shownThemes[i + 1]));
  const suppressedCells = [organisation, ...groups].reduce(
    (acc, group, i) => acc + hiddenCells(group, [organisationRow, ...groupRows][i]),
    0,
  );
  return { organisation: organisationRow, groups: groupRows, suppressedCells };
}

function toRow(group: GroupCounts, suppressed: boolean, shown: Set<string>): GroupRow {
  if (suppressed) {
    const { group: name } = group;
    return { group: name, participants: null, averageSatisfaction: null, suppressed, themes: [] };
  }
  const themes: ThemeCell[] = group.themes
    .filter((t) => t.participants > 0 && shown.has(t.theme)) // an empty cell is left out like a hidden one
    .map((t) => ({
      theme: t.theme,
      participants: t.participants,
      share: round(t.participants / group.participants, 3),
      averageSentiment: average(t.sentimentSum, t.sentimentCount, 3),
    }));
  return {
    group: group.group,
    participants: group.participants,
    averageSatisfaction: average(group.satisfactionSum, group.satisfactionCount, 2),
    suppressed,
    themes,
  };
}

/** The row itself (if hidden) plus its non-empty theme cells that are not shown. */
function hiddenCells(group: GroupCounts, row: GroupRow): number {
  const hiddenThemes = group.themes.filter(
    (t) => t.participants > 0 && !row.themes.some((shown) => shown.theme === t.theme),
  ).length;
  return (row.suppressed ? 1 : 0) + hiddenThemes;
}

/** Every theme named anywhere (validation guarantees the organisation lists them all). */
function themeNames(organisation: GroupCounts, groups: GroupCounts[]): string[] {
  return [...new Set([organisation, ...groups].flatMap((g) => g.themes.map((t) => t.theme)))];
}

function average(sum: number, count: number, decimals: number): number | null {
  return count === 0 ? null : round(sum / count, decimals);
}

/** Half away from zero; the epsilon absorbs binary noise such as 1.005 * 100 = 100.4999… */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const rounded = Math.round(Math.abs(scaled) + 1e-9) * Math.sign(scaled);
  return rounded / factor + 0; // + 0 turns -0 into 0
}
