import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { applySuppression } from '#privacy/aggregates';
import { developmentThemesSql } from './development-themes.sql.js';
import { toReport, toSuppressionInput, type CountRow, type DevelopmentThemesReport } from './report-assembly.util.js';
import { parseGrouping, parsePeriod } from './report-params.util.js';
import { ThemeLabels } from './theme-labels.service.js';

/**
 * The HR report: distinct participants, average satisfaction and coded themes per quarter and
 * group, read from the rollups and passed through k-anonymity with complementary suppression.
 */
@Injectable()
export class DevelopmentThemesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly labels: ThemeLabels,
  ) {}

  async report(organisationId: string, period: string, groupBy?: string | null): Promise<DevelopmentThemesReport> {
    const quarter = parsePeriod(period);
    const grouping = parseGrouping(groupBy);
    const rows: Array<CountRow & { threshold: number | null }> = await this.db.manager.query(developmentThemesSql(grouping), [organisationId, quarter]);
    // The grand total row always exists; the column is 3-10 by constraint, never below 3 regardless.
    const threshold = Math.max(3, rows[0]?.threshold ?? 5);
    const suppressed = applySuppression(toSuppressionInput(rows, threshold));
    const shown = [suppressed.organisation, ...suppressed.groups].flatMap((row) => row.themes.map((cell) => cell.theme));
    return toReport(quarter, threshold, suppressed, await this.labels.labelsFor(organisationId, shown));
  }
}
