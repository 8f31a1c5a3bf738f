import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Length, Matches } from 'class-validator';

@ArgsType()
export class CommentOnActionItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'must not be blank' })
  body: string;
}
