import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DevelopmentThemesReport } from '../../services/development-themes-report.types.js';
import { GroupReportModel } from './group-report.model.js';
import { ReportNoiseModel } from './report-noise.model.js';

@ObjectType('DevelopmentThemesReport')
export class DevelopmentThemesReportModel {
  @Field({ description: 'The quarter, e.g. "2026-Q4"' })
  period: string;

  @Field(() => Int, { description: 'Minimum distinct participants of a shown cell' })
  threshold: number;

  @Field(() => [GroupReportModel], { description: 'The total (the organisation, or the filtered group) first, then the groups by name' })
  groups: GroupReportModel[];

  @Field(() => Int, { description: 'Hidden rows, hidden satisfaction cells of shown rows, and listed hidden theme cells' })
  suppressedCells: number;

  @Field(() => ReportNoiseModel, {
    nullable: true,
    description: 'The noise added to the shown figures; null when the organisation adds none',
  })
  noise: ReportNoiseModel | null;

  static from(report: DevelopmentThemesReport): DevelopmentThemesReportModel {
    return Object.assign(new DevelopmentThemesReportModel(), {
      period: report.period,
      threshold: report.threshold,
      groups: report.groups.map(GroupReportModel.from),
      suppressedCells: report.suppressedCells,
      noise: report.noise ? ReportNoiseModel.from(report.noise) : null,
    });
  }
}
