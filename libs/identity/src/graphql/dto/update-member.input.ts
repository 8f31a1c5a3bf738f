import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Role } from '../models/role.enum-type.js';

@InputType('UpdateMemberInput')
export class UpdateMemberInput {
  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(4)
  roles?: Role[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  team?: string | null;
}
