import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ActionStatus } from '../models/insight-enums.js';

@ArgsType()
export class UpdateActionItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => ActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus | null;

  @Field(() => Int, { nullable: true, description: '0..100' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  progress?: number | null;
}
