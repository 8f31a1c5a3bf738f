import { type FigureNoise, SATISFACTION_SUM, SENTIMENT_SUM, type SumSpec } from '../noise/figure-noise.util.js';
import type { MeasureCells, PeriodRelease } from '../suppression/period-release.util.js';
import { SuppressionReason } from '../suppression/suppression-reason.enum.js';
import type { HiddenThemeCell, ReportGroup, SatisfactionCell, ThemeCell } from './development-themes-report.types.js';
import type { SelectedRow } from './report-groups.util.js';

/**
 * One row of a report from the period's decided cells: only shown cells carry figures, each
 * passed through the noise (exact when the organisation has none). Theme cells hidden under the
 * threshold are left out, like themes nobody raised, so that the list never tells them apart.
 */
export function toReportRow(
  release: PeriodRelease,
  row: SelectedRow,
  noise: FigureNoise,
  labels: ReadonlyMap<string, string>,
): ReportGroup {
  const base = { group: row.label, department: row.department, team: row.team };
  const g = row.group;
  if (g === null || !release.rows.shown[g]) {
    const suppressionReason = g === null ? SuppressionReason.SIZE : release.rows.reasons[g];
    return {
      ...base,
      participants: null,
      averageSatisfaction: null,
      suppressed: true,
      suppressionReason,
      satisfaction: [],
      themes: [],
      hiddenThemes: [],
    };
  }
  const key = release.universe.groups[g].key;
  const participants = noise.count(`${key}|participants`, release.rows.sizes[g]);
  const rating = satisfactionCell(release.rating, g, `${key}|rating`, false, noise);
  const estimate = satisfactionCell(release.estimate, g, `${key}|estimate`, true, noise);

  const themes: ThemeCell[] = [];
  const hiddenThemes: HiddenThemeCell[] = [];
  for (const [theme, cells] of release.themes) {
    const label = labels.get(theme) ?? theme;
    if (cells.shown[g]) {
      const count = noise.count(`${key}|theme:${theme}`, cells.sizes[g]);
      themes.push({
        theme,
        label,
        participants: count,
        share: participants === 0 ? 0 : Math.min(1, round(count / participants, 3)),
        averageSentiment: averageOf(noise.sum(`${key}|theme:${theme}`, cells.sums[g], SENTIMENT_SUM), count, SENTIMENT_SUM, 3),
      });
    } else if (cells.reasons[g] === SuppressionReason.COMPLEMENT || cells.reasons[g] === SuppressionReason.DIFFERENCING) {
      hiddenThemes.push({ theme, label, suppressionReason: cells.reasons[g] });
    }
  }
  themes.sort((a, b) => b.participants - a.participants || (a.theme < b.theme ? -1 : 1));
  return {
    ...base,
    participants,
    averageSatisfaction: rating.average,
    suppressed: false,
    suppressionReason: null,
    satisfaction: [rating, estimate],
    themes,
    hiddenThemes,
  };
}

/** The keys of the themes a row lists (shown, or hidden as a complement or for differencing). */
export function listedThemes(release: PeriodRelease, g: number | null): string[] {
  if (g === null || !release.rows.shown[g]) return [];
  return [...release.themes].filter(([, cells]) => cells.shown[g] || cells.reasons[g] !== SuppressionReason.SIZE).map(([theme]) => theme);
}

function satisfactionCell(cells: MeasureCells, g: number, cell: string, estimated: boolean, noise: FigureNoise): SatisfactionCell {
  if (!cells.shown[g]) return { estimated, participants: null, average: null, suppressed: true, suppressionReason: cells.reasons[g] };
  const participants = noise.count(cell, cells.sizes[g]);
  const average = averageOf(noise.sum(cell, cells.sums[g], SATISFACTION_SUM), participants, SATISFACTION_SUM, 2);
  return { estimated, participants, average, suppressed: false, suppressionReason: null };
}

/** A (possibly noisy) sum over a (possibly noisy) count, kept within the values' range. */
function averageOf(sum: number, count: number, spec: SumSpec, decimals: number): number | null {
  if (count === 0) return null;
  return round(Math.min(spec.max, Math.max(spec.min, sum / count)), decimals);
}

/** Half away from zero; the epsilon absorbs binary noise such as 1.005 * 100 = 100.4999… */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const rounded = Math.round(Math.abs(scaled) + 1e-9) * Math.sign(scaled);
  return rounded / factor + 0; // + 0 turns -0 into 0
}
