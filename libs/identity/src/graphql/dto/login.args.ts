import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  organisationId?: string | null;
}
