import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('JobStateCounts')
export class JobStateCountsModel {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  running: number;

  @Field(() => Int)
  ready: number;

  @Field(() => Int)
  failed: number;
}

@ObjectType('OrganisationJobStatus', { description: 'Background work of the organisation by state: counts only, no content' })
export class OrganisationJobStatusModel {
  @Field(() => Int, { description: 'Jobs recorded but not yet handed to the queue' })
  outboxPending: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  oldestPendingAt: Date | null;

  @Field(() => JobStateCountsModel)
  researchPlans: JobStateCountsModel;

  @Field(() => JobStateCountsModel)
  summaries: JobStateCountsModel;

  @Field(() => JobStateCountsModel)
  actionPlans: JobStateCountsModel;
}
