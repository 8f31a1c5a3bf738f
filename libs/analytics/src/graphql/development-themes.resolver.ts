import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { DevelopmentThemesService } from '../services/development-themes.service.js';
import { reportToCsv } from '../services/report-csv.util.js';
import { DevelopmentThemesArgs } from './dto/development-themes.args.js';
import { DevelopmentThemesReportModel } from './models/development-themes-report.model.js';

@Resolver(() => DevelopmentThemesReportModel)
export class DevelopmentThemesResolver {
  constructor(private readonly reports: DevelopmentThemesService) {}

  @Roles(Role.HR, Role.ORG_ADMIN)
  @Query(() => DevelopmentThemesReportModel, {
    description:
      'Aggregate themes and satisfaction of a quarter (e.g. "2026-Q4"), optionally per department, team or both, and filtered to a department and/or team. Cells are suppressed below the anonymity threshold and wherever two reports of the quarter could be subtracted to single out fewer participants',
  })
  async developmentThemes(@CurrentActor() actor: MemberActor, @Args() args: DevelopmentThemesArgs): Promise<DevelopmentThemesReportModel> {
    return DevelopmentThemesReportModel.from(await this.reports.report(actor.organisationId, args));
  }

  @Roles(Role.HR, Role.ORG_ADMIN)
  @Query(() => String, { description: 'The same report as CSV (one line per cell), with the same suppression and noise' })
  async developmentThemesCsv(@CurrentActor() actor: MemberActor, @Args() args: DevelopmentThemesArgs): Promise<string> {
    return reportToCsv(await this.reports.report(actor.organisationId, args));
  }
}
