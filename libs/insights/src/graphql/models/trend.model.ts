import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ThemeChange, TrendPoint } from '../../services/theme-changes.util.js';
import { SatisfactionSource, toSatisfactionSource } from './insight-enums.js';

@ObjectType('TrendPoint')
export class TrendPointModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => GraphQLISODateTime)
  completedAt: Date;

  @Field(() => Float, { nullable: true })
  satisfactionScore: number | null;

  @Field(() => SatisfactionSource, { nullable: true })
  satisfactionSource: SatisfactionSource | null;

  @Field(() => [String], { description: 'Theme keys of the session summary' })
  themes: string[];

  static from(point: TrendPoint): TrendPointModel {
    return Object.assign(new TrendPointModel(), { ...point, satisfactionSource: toSatisfactionSource(point.satisfactionSource) });
  }
}

@ObjectType('ThemeChange', { description: 'Themes gained and lost from one completed session to the next' })
export class ThemeChangeModel {
  @Field(() => ID)
  fromSessionId: string;

  @Field(() => ID)
  toSessionId: string;

  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime)
  to: Date;

  @Field(() => [String])
  gained: string[];

  @Field(() => [String])
  lost: string[];

  @Field(() => [String])
  kept: string[];

  @Field(() => Float, { nullable: true })
  satisfactionChange: number | null;

  static from(change: ThemeChange): ThemeChangeModel {
    return Object.assign(new ThemeChangeModel(), change);
  }
}
