import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { JobState } from '#common';
import type { ActionPlanEntity } from '../../entities/action-plan.entity.js';
import { modelLabel } from '../../services/model-label.util.js';

@ObjectType('ActionPlan')
export class ActionPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => JobState)
  state: JobState;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'Which provider/model generated the items; null for a plan written by hand' })
  model: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  /** Not exposed: the owner, for the access policy. */
  organisationId: string;
  participantMembershipId: string;

  static from(plan: ActionPlanEntity): ActionPlanModel {
    return Object.assign(new ActionPlanModel(), {
      id: plan.id,
      sessionId: plan.sessionId,
      state: plan.state,
      error: plan.error,
      model: plan.provider && plan.model ? modelLabel(plan.provider, plan.model) : null,
      updatedAt: plan.updatedAt,
      organisationId: plan.organisationId,
      participantMembershipId: plan.participantMembershipId,
    });
  }
}
