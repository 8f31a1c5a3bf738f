// The report's check as the api runs it (the same compiled functions, composed as in
// DevelopmentThemesService), for measuring it in process beside the previous one. Theme labels
// are left out on both sides: the benchmark's themes are all in the shipped taxonomy (no query).
import { activeNoise } from '../../dist/libs/analytics/src/noise/noise-setting.util.js';
import {
  PROFILE_FIGURES_SQL,
  REPORT_SETTINGS_SQL,
  THEME_FIGURES_SQL,
} from '../../dist/libs/analytics/src/services/development-themes.sql.js';
import { toPeriodFigures } from '../../dist/libs/analytics/src/services/period-figures.util.js';
import { assembleReport } from '../../dist/libs/analytics/src/services/report-assembly.util.js';
import { selectGroups } from '../../dist/libs/analytics/src/services/report-groups.util.js';
import { releasePeriod } from '../../dist/libs/analytics/src/suppression/period-release.util.js';

const run = (db, statement, values) => db.query({ name: statement.name, text: statement.text, values });

/** SQL (three statements sent together), every cell of the period decided, the request's rows assembled. */
export async function currentReport(db, organisationId, period, groupBy, department = null, team = null) {
  const [profiles, themes, settings] = await Promise.all([
    run(db, PROFILE_FIGURES_SQL, [organisationId, period]),
    run(db, THEME_FIGURES_SQL, [organisationId, period]),
    run(db, REPORT_SETTINGS_SQL, [organisationId]),
  ]);
  const request = { period, groupBy, department, team };
  const threshold = Math.max(3, settings.rows[0]?.threshold ?? 5);
  const { universe, figures } = toPeriodFigures(profiles.rows, themes.rows);
  const release = releasePeriod(universe, figures, threshold);
  return assembleReport(request, release, selectGroups(universe, request), activeNoise(settings.rows[0]?.noise), new Map());
}
