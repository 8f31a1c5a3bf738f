import { Field, GraphQLISODateTime, InputType, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ActionCategory } from '../models/insight-enums.js';

@InputType('ActionItemInput')
export class ActionItemInput {
  @Field(() => ActionCategory)
  @IsEnum(ActionCategory)
  category: ActionCategory;

  @Field()
  @Length(1, 160)
  @Matches(/\S/, { message: 'must not be blank' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(600)
  rationale?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(400)
  milestone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(400)
  successMetric?: string | null;
}

/** Fields to change on an item; omitted fields stay, null clears an optional one. */
@InputType('ActionItemPatchInput')
export class ActionItemPatchInput extends PartialType(ActionItemInput, InputType) {}
