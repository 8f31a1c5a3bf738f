import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from './sign-up.input.js';

@ArgsType()
export class AcceptInvitationArgs {
  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  token: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(PASSWORD_MAX)
  password?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string | null;
}
