import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

@InputType('SignUpInput')
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @MinLength(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(PASSWORD_MAX)
  password: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;
}
