import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JobState } from '#common';

@ObjectType('ReflectionSessionStates', { description: 'The job states of a reflection session, as of a change to one of them' })
export class ReflectionSessionStatesModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => JobState, { nullable: true, description: 'Null until the session is completed' })
  summaryState: JobState | null;

  @Field(() => ID, { nullable: true, description: 'Null until an action plan is requested' })
  actionPlanId: string | null;

  @Field(() => JobState, { nullable: true })
  actionPlanState: JobState | null;
}
