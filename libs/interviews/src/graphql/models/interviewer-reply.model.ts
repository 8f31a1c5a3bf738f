import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TurnModel } from './turn.model.js';

@ObjectType('InterviewerReply', {
  description:
    "The interviewer's reply to one of your answers while it is written: pieces of the question text (when the model streams), then the stored turn. " +
    'Append `text` to what is shown; `restart` means drop what was shown first (the question is being written again). The last event has `done` and the stored `turn`, which is authoritative.',
})
export class InterviewerReplyModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID, { description: 'The answer this reply is to' })
  answerTurnId: string;

  @Field(() => String, { nullable: true, description: 'Text to append; null on the last event' })
  text: string | null;

  @Field()
  restart: boolean;

  @Field()
  done: boolean;

  @Field(() => TurnModel, {
    nullable: true,
    description: 'The stored interviewer turn, on the last event; null when the interview closed without one',
  })
  turn: TurnModel | null;
}
