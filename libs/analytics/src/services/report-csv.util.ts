import { stringify } from 'csv-stringify/sync';
import type { DevelopmentThemesReport, ReportGroup } from './development-themes-report.types.js';

export const REPORT_CSV_COLUMNS = [
  'period',
  'threshold',
  'noise_epsilon',
  'group',
  'department',
  'team',
  'cell',
  'theme',
  'label',
  'participants',
  'share',
  'average',
  'suppressed',
  'suppression_reason',
] as const;

type CsvRecord = Partial<Record<(typeof REPORT_CSV_COLUMNS)[number], string | number | boolean | null>>;

/**
 * The report as CSV, one line per cell, written from the released report only: a hidden cell
 * says that it is hidden and why, never a figure. Cells that start like a spreadsheet formula
 * are escaped (names are typed by people).
 */
export function reportToCsv(report: DevelopmentThemesReport): string {
  const common: CsvRecord = { period: report.period, threshold: report.threshold, noise_epsilon: report.noise?.epsilon ?? null };
  const records = report.groups.flatMap((group) =>
    groupRecords(group).map((record) => ({ ...common, group: group.group, department: group.department, team: group.team, ...record })),
  );
  return stringify(records, {
    header: true,
    columns: [...REPORT_CSV_COLUMNS],
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}

function groupRecords(group: ReportGroup): CsvRecord[] {
  const row: CsvRecord = {
    cell: 'participants',
    participants: group.participants,
    suppressed: group.suppressed,
    suppression_reason: group.suppressionReason,
  };
  if (group.suppressed) return [row];
  return [
    row,
    ...group.satisfaction.map(
      (cell): CsvRecord => ({
        cell: cell.estimated ? 'estimated_satisfaction' : 'own_rating',
        participants: cell.participants,
        average: cell.average,
        suppressed: cell.suppressed,
        suppression_reason: cell.suppressionReason,
      }),
    ),
    ...group.themes.map(
      (cell): CsvRecord => ({
        cell: 'theme',
        theme: cell.theme,
        label: cell.label,
        participants: cell.participants,
        share: cell.share,
        average: cell.averageSentiment,
        suppressed: false,
      }),
    ),
    ...group.hiddenThemes.map(
      (cell): CsvRecord => ({
        cell: 'theme',
        theme: cell.theme,
        label: cell.label,
        suppressed: true,
        suppression_reason: cell.suppressionReason,
      }),
    ),
  ];
}
