import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActionItemEntity } from '../../entities/action-item.entity.js';
import type { ActionPlanEntity } from '../../entities/action-plan.entity.js';
import { ActionCategory, ActionStatus } from './insight-enums.js';

@ObjectType('ActionItem')
export class ActionItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The reflection session whose plan holds this item' })
  sessionId: string;

  @Field(() => ID)
  actionPlanId: string;

  @Field(() => ActionCategory)
  category: ActionCategory;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  rationale: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true })
  milestone: string | null;

  @Field(() => String, { nullable: true })
  successMetric: string | null;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => Int, { description: '0..100' })
  progress: number;

  @Field({ description: 'Added by the participant (kept when the plan is regenerated)' })
  manual: boolean;

  @Field({ description: 'A commitment the participant stated in the reflection, kept in their words' })
  fromCommitment: boolean;

  @Field(() => [ID], { description: 'The participant turns this item responds to' })
  sourceTurnIds: string[];

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  /** Not exposed: the owner, for the access policy. */
  organisationId: string;
  participantMembershipId: string;

  static from(item: ActionItemEntity, plan: Pick<ActionPlanEntity, 'sessionId'>): ActionItemModel {
    return Object.assign(new ActionItemModel(), {
      id: item.id,
      sessionId: plan.sessionId,
      actionPlanId: item.actionPlanId,
      category: item.category,
      title: item.title,
      rationale: item.rationale,
      dueAt: item.dueAt,
      milestone: item.milestone,
      successMetric: item.successMetric,
      status: item.status,
      progress: item.progress,
      manual: item.source === 'MANUAL',
      fromCommitment: item.fromCommitment,
      sourceTurnIds: item.sourceTurnIds,
      updatedAt: item.updatedAt,
      organisationId: item.organisationId,
      participantMembershipId: item.participantMembershipId,
    });
  }
}
