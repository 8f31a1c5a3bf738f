import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@ArgsType()
export class CommentOnActionItemArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field()
  @Length(1, 2000)
  body: string;
}
