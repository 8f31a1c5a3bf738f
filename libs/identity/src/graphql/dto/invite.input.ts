import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Role } from '../models/role.enum-type.js';

@InputType('InviteInput')
export class InviteInput {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field(() => [Role])
  @ArrayNotEmpty()
  @ArrayMaxSize(4)
  roles: Role[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  team?: string | null;
}
