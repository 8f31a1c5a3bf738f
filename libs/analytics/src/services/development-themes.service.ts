import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { activeNoise } from '../noise/noise-setting.util.js';
import { releasePeriod } from '../suppression/period-release.util.js';
import { PROFILE_FIGURES_SQL, REPORT_SETTINGS_SQL, THEME_FIGURES_SQL } from './development-themes.sql.js';
import type { DevelopmentThemesReport, ReportRequest } from './development-themes-report.types.js';
import { type ProfileRow, type ThemeRow, toPeriodFigures } from './period-figures.util.js';
import { assembleReport } from './report-assembly.util.js';
import { selectGroups } from './report-groups.util.js';
import { parseFilter, parseGrouping, parsePeriod } from './report-params.util.js';
import { listedThemes } from './report-rows.util.js';
import { ThemeLabels } from './theme-labels.service.js';

export interface ReportArgs {
  period: string;
  groupBy?: string | null;
  department?: string | null;
  team?: string | null;
}

/**
 * The HR report: distinct participants, satisfaction (own ratings and estimates apart) and coded
 * themes per quarter and group, read from the rollups. Every cell of every group HR can request
 * for the quarter is decided at once (k-anonymity across groupings and filters), then the request
 * picks its rows; noise is added to the shown figures when the organisation asked for it.
 */
@Injectable()
export class DevelopmentThemesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly labels: ThemeLabels,
  ) {}

  async report(organisationId: string, args: ReportArgs): Promise<DevelopmentThemesReport> {
    const request: ReportRequest = {
      period: parsePeriod(args.period),
      groupBy: parseGrouping(args.groupBy),
      department: parseFilter(args.department, 'department'),
      team: parseFilter(args.team, 'team'),
    };
    // One round trip: the statements are sent together.
    const [profiles, themes, [settings]] = await Promise.all([
      this.db.query<ProfileRow>(PROFILE_FIGURES_SQL, [organisationId, request.period]),
      this.db.query<ThemeRow>(THEME_FIGURES_SQL, [organisationId, request.period]),
      this.db.query<{ threshold: number; noise: unknown }>(REPORT_SETTINGS_SQL, [organisationId]),
    ]);
    // The column is 3-10 by constraint; never below 3 regardless.
    const threshold = Math.max(3, settings?.threshold ?? 5);
    const { universe, figures } = toPeriodFigures(profiles, themes);
    const release = releasePeriod(universe, figures, threshold);
    const selected = selectGroups(universe, request);
    const listed = [selected.total, ...selected.rows].flatMap((row) => listedThemes(release, row.group));
    const labels = await this.labels.labelsFor(organisationId, listed);
    return assembleReport(request, release, selected, activeNoise(settings?.noise), labels);
  }
}
