import { EXACT_FIGURES, NOISE_MECHANISM, type NoiseSetting, seededNoise } from '../noise/figure-noise.util.js';
import type { PeriodRelease } from '../suppression/period-release.util.js';
import type { DevelopmentThemesReport, ReportGroup, ReportNoise, ReportRequest } from './development-themes-report.types.js';
import type { SelectedGroups } from './report-groups.util.js';
import { round, toReportRow } from './report-rows.util.js';

/** Groups that hold one participant across every report of a period: organisation, department, team, pair. */
const GROUPS_PER_PARTICIPANT = 4;

/** The report a request shows, from the period's decided cells; noisy when the organisation asked for noise. */
export function assembleReport(
  request: ReportRequest,
  release: PeriodRelease,
  selected: SelectedGroups,
  noiseSetting: NoiseSetting | null,
  labels: ReadonlyMap<string, string>,
): DevelopmentThemesReport {
  const noise = noiseSetting ? seededNoise(noiseSetting, request.period) : EXACT_FIGURES;
  const groups = [selected.total, ...selected.rows].map((row) => toReportRow(release, row, noise, labels));
  return {
    ...request,
    threshold: release.threshold,
    groups,
    suppressedCells: groups.reduce((acc, group) => acc + hiddenCells(group), 0),
    noise: noiseSetting ? describeNoise(noiseSetting, release, selected.rows.length > 0 ? 2 : 1) : null,
  };
}

function hiddenCells(group: ReportGroup): number {
  if (group.suppressed) return 1;
  return group.satisfaction.filter((cell) => cell.suppressed).length + group.hiddenThemes.length;
}

/**
 * Sequential composition: one participant is in at most `rows` rows of this report (the total
 * and one group) and four groups of the period; in each, at most its count, two counts and two
 * sums of satisfaction, and a count and a sum per theme of the period.
 */
function describeNoise(setting: NoiseSetting, release: PeriodRelease, rows: number): ReportNoise {
  const figuresPerGroup = 1 + 2 * 2 + 2 * release.themes.size;
  return {
    mechanism: NOISE_MECHANISM,
    epsilon: setting.epsilon,
    reportEpsilon: round(setting.epsilon * rows * figuresPerGroup, 2),
    periodEpsilon: round(setting.epsilon * GROUPS_PER_PARTICIPANT * figuresPerGroup, 2),
  };
}
