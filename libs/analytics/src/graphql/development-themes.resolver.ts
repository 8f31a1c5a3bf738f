import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, type MemberActor } from '#identity';
import { CurrentActor, Roles } from '#identity/graphql';
import { DevelopmentThemesService } from '../services/development-themes.service.js';
import { DevelopmentThemesArgs } from './dto/development-themes.args.js';
import { DevelopmentThemesReportModel } from './models/development-themes-report.model.js';

@Resolver(() => DevelopmentThemesReportModel)
export class DevelopmentThemesResolver {
  constructor(private readonly reports: DevelopmentThemesService) {}

  @Roles(Role.HR, Role.ORG_ADMIN)
  @Query(() => DevelopmentThemesReportModel, {
    description: 'Aggregate themes and satisfaction of a quarter (e.g. "2026-Q4"), optionally per department or team; cells below the anonymity threshold are suppressed',
  })
  async developmentThemes(@CurrentActor() actor: MemberActor, @Args() args: DevelopmentThemesArgs): Promise<DevelopmentThemesReportModel> {
    return DevelopmentThemesReportModel.from(await this.reports.report(actor.organisationId, args.period, args.groupBy));
  }
}
