import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { SessionTurnEntity } from '../../entities/session-turn.entity.js';
import { TurnRole } from './session-enums.js';

@ObjectType('Turn')
export class TurnModel {
  @Field(() => ID)
  id: string;

  @Field(() => TurnRole)
  role: TurnRole;

  @Field()
  content: string;

  @Field(() => String, { nullable: true })
  stage: string | null;

  @Field(() => String, { nullable: true })
  questionRef: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(turn: SessionTurnEntity): TurnModel {
    return Object.assign(new TurnModel(), {
      id: turn.id,
      role: turn.role as TurnRole,
      content: turn.content,
      stage: turn.stage,
      questionRef: turn.questionRef,
      createdAt: turn.createdAt,
    });
  }
}
