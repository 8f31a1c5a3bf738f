import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { ReflectionAccessPolicy } from '#sharing';
import { ActionPlansService } from '../services/action-plans.service.js';
import { SessionLookup } from '../services/session-lookup.service.js';
import { InsightsLoaders } from './insights.loaders.js';
import { ActionItemModel } from './models/action-item.model.js';
import { ActionPlanModel } from './models/action-plan.model.js';

@Resolver(() => ActionPlanModel)
export class ActionPlanResolver {
  constructor(
    private readonly policy: ReflectionAccessPolicy,
    private readonly sessions: SessionLookup,
    private readonly plans: ActionPlansService,
    private readonly loaders: InsightsLoaders,
  ) {}

  @Mutation(() => ActionPlanModel, {
    description: 'Owner only; needs a READY summary (else CONFLICT). state PENDING until the job writes the items',
  })
  async generateActionPlan(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<ActionPlanModel> {
    const session = await this.sessions.find(actor.organisationId, sessionId);
    this.policy.assertOwner(actor, session, 'Reflection session');
    return ActionPlanModel.from(await this.plans.request(session));
  }

  /** Plans only reach a client through reads the policy allowed (session.actionPlan, generateActionPlan). */
  @ResolveField(() => [ActionItemModel])
  async items(@Parent() plan: ActionPlanModel): Promise<ActionItemModel[]> {
    return (await this.loaders.actionItems(plan.organisationId, plan.id)).map((item) => ActionItemModel.from(item, plan));
  }
}
