import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { REPORT_GROUPINGS } from '../../services/report-params.util.js';

@ArgsType()
export class DevelopmentThemesArgs {
  @Field({ description: 'A quarter, e.g. "2026-Q4"' })
  @IsString()
  @Matches(/^[1-9]\d{3}-Q[1-4]$/, { message: 'period must be a quarter such as "2026-Q4"' })
  period: string;

  @Field(() => String, { nullable: true, description: '"department" or "team"; none: the organisation only' })
  @IsOptional()
  @IsIn([...REPORT_GROUPINGS])
  groupBy?: string | null;
}
