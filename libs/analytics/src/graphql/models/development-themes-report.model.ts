import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DevelopmentThemesReport } from '../../services/report-assembly.util.js';
import { GroupReportModel } from './group-report.model.js';

@ObjectType('DevelopmentThemesReport')
export class DevelopmentThemesReportModel {
  @Field({ description: 'The quarter, e.g. "2026-Q4"' })
  period: string;

  @Field(() => Int, { description: 'Minimum distinct participants of a shown cell' })
  threshold: number;

  @Field(() => [GroupReportModel], { description: 'The organisation first, then the groups by name' })
  groups: GroupReportModel[];

  @Field(() => Int, { description: 'Hidden group rows plus hidden theme cells' })
  suppressedCells: number;

  static from(report: DevelopmentThemesReport): DevelopmentThemesReportModel {
    return Object.assign(new DevelopmentThemesReportModel(), {
      period: report.period,
      threshold: report.threshold,
      groups: report.groups.map(GroupReportModel.from),
      suppressedCells: report.suppressedCells,
    });
  }
}
