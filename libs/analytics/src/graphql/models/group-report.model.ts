import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ReportGroup } from '../../services/development-themes-report.types.js';
import { HiddenThemeCellModel } from './hidden-theme-cell.model.js';
import { SatisfactionCellModel } from './satisfaction-cell.model.js';
import { SuppressionReason } from './suppression-reason.enum-type.js';
import { ThemeCellModel } from './theme-cell.model.js';

@ObjectType('GroupReport')
export class GroupReportModel {
  @Field({ description: '"organisation", or the department and/or team the group is ("Ops", "Red", "Ops / Red")' })
  group: string;

  @Field(() => String, { nullable: true, description: "The group's department, when it is defined by one" })
  department: string | null;

  @Field(() => String, { nullable: true, description: "The group's team, when it is defined by one" })
  team: string | null;

  @Field(() => Int, { nullable: true, description: 'Distinct participants; null when suppressed' })
  participants: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean of participants' own ratings (0..10), each participant weighted once; estimates are never blended in (see satisfaction). Null when suppressed",
  })
  averageSatisfaction: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the row is hidden; null when shown' })
  suppressionReason: SuppressionReason | null;

  @Field(() => [SatisfactionCellModel], {
    description: 'Own ratings, then estimates, each with its own count; empty when the row is suppressed',
  })
  satisfaction: SatisfactionCellModel[];

  @Field(() => [ThemeCellModel], { description: 'Suppressed cells are left out' })
  themes: ThemeCellModel[];

  @Field(() => [HiddenThemeCellModel], { description: 'Theme cells hidden as a complement or for differencing, with the reason' })
  hiddenThemes: HiddenThemeCellModel[];

  static from(row: ReportGroup): GroupReportModel {
    return Object.assign(new GroupReportModel(), {
      ...row,
      satisfaction: row.satisfaction.map(SatisfactionCellModel.from),
      themes: row.themes.map(ThemeCellModel.from),
      hiddenThemes: row.hiddenThemes.map(HiddenThemeCellModel.from),
    });
  }
}
