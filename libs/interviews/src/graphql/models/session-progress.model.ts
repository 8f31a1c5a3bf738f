import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { InterviewProgress } from '../../interviewer/interviewer-state.type.js';

@ObjectType('SessionProgress')
export class SessionProgressModel {
  @Field({ description: 'Key of the current stage; "closing" once the interview has ended, "not_started" before it starts' })
  stage: string;

  @Field(() => Int)
  stagesDone: number;

  @Field(() => Int)
  stagesTotal: number;

  @Field(() => Int)
  mandatoryAnswered: number;

  @Field(() => Int)
  mandatoryTotal: number;

  static from(progress: InterviewProgress): SessionProgressModel {
    return Object.assign(new SessionProgressModel(), progress);
  }
}
