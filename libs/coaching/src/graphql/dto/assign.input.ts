import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_WINDOW_DAYS } from '../../services/schedule-request.util.js';
import { CadenceEnum } from '../models/cadence.enum-type.js';

@InputType('AssignInput')
export class AssignInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  templateId: string;

  @Field(() => [ID], { description: 'One assignment is created per participant' })
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be a list of IDs' })
  participantMembershipIds: string[];

  @Field(() => CadenceEnum)
  @IsEnum(CadenceEnum)
  cadence: CadenceEnum;

  @Field(() => String, { nullable: true, description: 'RFC 5545 recurrence rule (RRULE value), only with cadence RRULE' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  rrule?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the participant; defaults to UTC' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'First due date; its local time of day is kept. Defaults to now' })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Days each due session stays open before it expires (default 14)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW_DAYS)
  windowDays?: number | null;
}
