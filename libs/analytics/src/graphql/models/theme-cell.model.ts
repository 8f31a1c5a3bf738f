import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ThemeCell } from '../../services/development-themes-report.types.js';

@ObjectType('ThemeCell', { description: 'One coded theme within a group; only cells at or above the threshold are listed' })
export class ThemeCellModel {
  @Field()
  theme: string;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Distinct participants who raised the theme in the period' })
  participants: number;

  @Field(() => Float, { description: 'participants / group participants, 0..1' })
  share: number;

  @Field(() => Float, { description: 'Mean sentiment (-1..1), each participant weighted once' })
  averageSentiment: number;

  static from(cell: ThemeCell): ThemeCellModel {
    return Object.assign(new ThemeCellModel(), {
      theme: cell.theme,
      label: cell.label,
      participants: cell.participants,
      share: cell.share,
      // Every rollup theme row carries a sentiment; neutral is the only honest fallback.
      averageSentiment: cell.averageSentiment ?? 0,
    });
  }
}
