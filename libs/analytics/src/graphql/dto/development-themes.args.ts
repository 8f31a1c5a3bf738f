import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FILTER_MAX_LENGTH, REPORT_GROUPINGS } from '../../services/report-params.util.js';

@ArgsType()
export class DevelopmentThemesArgs {
  @Field({ description: 'A quarter, e.g. "2026-Q4"' })
  @IsString()
  @Matches(/^[1-9]\d{3}-Q[1-4]$/, { message: 'period must be a quarter such as "2026-Q4"' })
  period: string;

  @Field(() => String, {
    nullable: true,
    description: '"department", "team" or "department_team" (each pair of both); none: the total only',
  })
  @IsOptional()
  @IsIn([...REPORT_GROUPINGS])
  groupBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the participants of this department: the total is the department' })
  @IsOptional()
  @IsString()
  @MaxLength(FILTER_MAX_LENGTH)
  department?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only the participants of this team: the total is the team (or the pair, with department)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(FILTER_MAX_LENGTH)
  team?: string | null;
}
