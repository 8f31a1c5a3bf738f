import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JobState } from '#common';

@ObjectType('ResearchPlanState', { description: 'The state of the research plan of one version of a template, as of a change' })
export class ResearchPlanStateModel {
  @Field(() => ID)
  templateId: string;

  @Field(() => Int)
  version: number;

  @Field(() => JobState)
  planState: JobState;

  @Field(() => String, { nullable: true })
  planError: string | null;
}
