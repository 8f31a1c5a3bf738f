import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches } from 'class-validator';

@ArgsType()
export class AskReflectionsArgs {
  @Field()
  @Length(3, 1000)
  @Matches(/\S/, { message: 'must not be blank' })
  question: string;

  @Field(() => [ID], { nullable: true, description: "Sessions to ask about; all of the caller's own when omitted" })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be a list of IDs' })
  sessionIds?: string[] | null;
}
