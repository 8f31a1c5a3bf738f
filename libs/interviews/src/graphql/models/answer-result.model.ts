import { Field, ObjectType } from '@nestjs/graphql';
import { ReflectionSessionModel } from './reflection-session.model.js';
import { TurnModel } from './turn.model.js';

@ObjectType('AnswerResult')
export class AnswerResultModel {
  @Field(() => TurnModel, { description: 'The answer as stored' })
  answer: TurnModel;

  @Field(() => TurnModel, { nullable: true, description: "The interviewer's reply; null after the closing turn" })
  next: TurnModel | null;

  @Field(() => ReflectionSessionModel)
  session: ReflectionSessionModel;
}
