import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_ACCESS_LOG_LIMIT, MAX_ACCESS_LOG_LIMIT } from '../../services/access-log.service.js';

@ArgsType()
export class AccessLogLimitArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Newest entries to return: 1 to ${MAX_ACCESS_LOG_LIMIT} (default ${DEFAULT_ACCESS_LOG_LIMIT})`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ACCESS_LOG_LIMIT)
  limit?: number | null;
}
