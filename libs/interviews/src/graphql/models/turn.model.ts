import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CallToActionModel } from '#templates/graphql';
import type { SessionTurnEntity } from '../../entities/session-turn.entity.js';
import type { CallToAction } from '../../interviewer/interviewer-state.type.js';
import { TurnRole } from './session-enums.js';

@ObjectType('Turn')
export class TurnModel {
  @Field(() => ID)
  id: string;

  @Field(() => TurnRole)
  role: TurnRole;

  @Field({ description: 'Exactly as typed (answers) or as asked (interviewer)' })
  content: string;

  @Field(() => String, { nullable: true, description: 'Key of the interview stage, or "closing"' })
  stage: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Which question this is or answers: mandatory:<n>, plan:<stage>:<n>, followup:<need>, support:<n>, closing',
  })
  questionRef: string | null;

  @Field(() => CallToActionModel, { nullable: true, description: "The template's call-to-action, on the interviewer's closing turn" })
  callToAction: CallToActionModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** The template's call-to-action is shown on the closing turn only. */
  static from(turn: SessionTurnEntity, cta: CallToAction | null = null): TurnModel {
    const closing = turn.role === 'INTERVIEWER' && turn.questionRef === 'closing';
    return Object.assign(new TurnModel(), {
      id: turn.id,
      role: turn.role,
      content: turn.content,
      stage: turn.stage,
      questionRef: turn.questionRef,
      callToAction: closing && cta ? Object.assign(new CallToActionModel(), { text: cta.text, url: cta.url }) : null,
      createdAt: turn.createdAt,
    });
  }
}
