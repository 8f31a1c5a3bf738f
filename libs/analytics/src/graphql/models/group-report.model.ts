import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ReportGroup } from '../../services/report-assembly.util.js';
import { ThemeCellModel } from './theme-cell.model.js';

@ObjectType('GroupReport')
export class GroupReportModel {
  @Field({ description: '"organisation", or a department / team name' })
  group: string;

  @Field(() => Int, { nullable: true, description: 'Distinct participants; null when suppressed' })
  participants: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean satisfaction (0..10), each participant weighted once; null when suppressed' })
  averageSatisfaction: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => [ThemeCellModel], { description: 'Suppressed cells are left out' })
  themes: ThemeCellModel[];

  static from(row: ReportGroup): GroupReportModel {
    return Object.assign(new GroupReportModel(), {
      group: row.group,
      participants: row.participants,
      averageSatisfaction: row.averageSatisfaction,
      suppressed: row.suppressed,
      themes: row.themes.map(ThemeCellModel.from),
    });
  }
}
