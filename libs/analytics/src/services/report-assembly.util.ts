import type { GroupCounts, GroupRow, SuppressedReport, SuppressionInput, ThemeCell, ThemeCounts } from '#privacy/aggregates';

/** One row of the counts query: a group row when `theme` is null, a theme cell otherwise. */
export interface CountRow {
  theme: string | null;
  group: string | null;
  isTotal: boolean;
  participants: number;
  valueSum: number;
  valueCount: number;
}

export const ORGANISATION_GROUP = 'organisation';

export interface LabelledThemeCell extends ThemeCell {
  label: string;
}

export interface ReportGroup extends Omit<GroupRow, 'themes'> {
  themes: LabelledThemeCell[];
}

export interface DevelopmentThemesReport {
  period: string;
  threshold: number;
  /** The organisation first, then the groups by name. */
  groups: ReportGroup[];
  suppressedCells: number;
}

/**
 * Turns the counts query into the suppression input. Participants without a group count in
 * the organisation only (the remainder that suppression also protects). Groups are ordered by
 * name and themes by size, so equal inputs always give the same report.
 */
export function toSuppressionInput(rows: readonly CountRow[], threshold: number): SuppressionInput {
  const groupNames = [...new Set(rows.filter((r) => !r.isTotal && r.group !== null && r.theme === null).map((r) => r.group as string))].sort(byText);
  const counts = (isTotal: boolean, group: string | null, name: string): GroupCounts => {
    const own = rows.filter((r) => r.isTotal === isTotal && (isTotal || r.group === group));
    const total = own.find((r) => r.theme === null);
    return {
      group: name,
      participants: total?.participants ?? 0,
      satisfactionSum: total?.valueSum ?? 0,
      satisfactionCount: total?.valueCount ?? 0,
      themes: own.filter((r) => r.theme !== null).map(toThemeCounts).sort((a, b) => b.participants - a.participants || byText(a.theme, b.theme)),
    };
  };
  return {
    threshold,
    organisation: counts(true, null, ORGANISATION_GROUP),
    groups: groupNames.map((name) => counts(false, name, name)),
  };
}

/** The suppressed report with theme labels; the organisation row comes first. */
export function toReport(period: string, threshold: number, suppressed: SuppressedReport, labels: ReadonlyMap<string, string>): DevelopmentThemesReport {
  const label = (row: GroupRow): ReportGroup => ({
    ...row,
    themes: row.themes.map((cell) => ({ ...cell, label: labels.get(cell.theme) ?? cell.theme })),
  });
  return {
    period,
    threshold,
    groups: [label(suppressed.organisation), ...suppressed.groups.map(label)],
    suppressedCells: suppressed.suppressedCells,
  };
}

function toThemeCounts(row: CountRow): ThemeCounts {
  return { theme: row.theme as string, participants: row.participants, sentimentSum: row.valueSum, sentimentCount: row.valueCount };
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
