import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from './sign-up.input.js';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The code from the reset email' })
  @IsNotEmpty()
  @MaxLength(300)
  token: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}
