import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { InputException, NotFoundException, UuidPipe } from '#common';
import { type OwnedReflection, ReflectionAccessPolicy } from '#sharing';
import type { ActionPlanEntity } from '../entities/action-plan.entity.js';
import { ActionItemCommentsService } from '../services/action-item-comments.service.js';
import { ActionItemsService, type PlannedItem } from '../services/action-items.service.js';
import { ActionPlansService } from '../services/action-plans.service.js';
import { SessionLookup } from '../services/session-lookup.service.js';
import { ActionItemInput, ActionItemPatchInput } from './dto/action-item.input.js';
import { CommentOnActionItemArgs } from './dto/comment-on-action-item.args.js';
import { UpdateActionItemArgs } from './dto/update-action-item.args.js';
import { InsightsLoaders } from './insights.loaders.js';
import { ActionItemModel } from './models/action-item.model.js';
import { ActionItemCommentModel } from './models/action-item-comment.model.js';
import { ActionStatus } from './models/insight-enums.js';

/** The reflection an action plan belongs to, as the access policy sees it. */
const reflectionOf = (plan: ActionPlanEntity): OwnedReflection => ({
  id: plan.sessionId,
  organisationId: plan.organisationId,
  participantMembershipId: plan.participantMembershipId,
});

/** Tracking and editing action items (owner only); comments by the owner or a coach it is shared with. */
@Resolver(() => ActionItemModel)
export class ActionItemResolver {
  constructor(
    private readonly policy: ReflectionAccessPolicy,
    private readonly sessions: SessionLookup,
    private readonly plans: ActionPlansService,
    private readonly items: ActionItemsService,
    private readonly itemComments: ActionItemCommentsService,
    private readonly loaders: InsightsLoaders,
  ) {}

  @Query(() => [ActionItemModel], { description: "The caller's own action items across their plans, soonest due first" })
  async myActionItems(
    @CurrentActor() actor: MemberActor,
    @Args('status', { type: () => ActionStatus, nullable: true }) status?: ActionStatus | null,
  ): Promise<ActionItemModel[]> {
    return (await this.items.listMine(actor.organisationId, actor.membershipId, status)).map(({ item, plan }) =>
      ActionItemModel.from(item, plan),
    );
  }

  @Mutation(() => ActionItemModel, { description: 'Owner only; progress is a whole number 0..100' })
  async updateActionItem(@CurrentActor() actor: MemberActor, @Args() args: UpdateActionItemArgs): Promise<ActionItemModel> {
    const { item, plan } = await this.ownItem(actor, args.id);
    return ActionItemModel.from(await this.items.track(item, { status: args.status, progress: args.progress }), plan);
  }

  @Mutation(() => ActionItemModel, {
    description: 'Adds an item to the plan of a session (created if none) or to a given plan; owner only',
  })
  async addActionItem(
    @CurrentActor() actor: MemberActor,
    @Args('input') input: ActionItemInput,
    @Args('sessionId', { type: () => ID, nullable: true }, UuidPipe) sessionId?: string | null,
    @Args('actionPlanId', { type: () => ID, nullable: true }, UuidPipe) actionPlanId?: string | null,
  ): Promise<ActionItemModel> {
    if (!sessionId === !actionPlanId) {
      throw new InputException('Give either sessionId or actionPlanId', [
        { field: 'sessionId', problems: ['exactly one of sessionId and actionPlanId is required'] },
      ]);
    }
    let plan: ActionPlanEntity;
    if (actionPlanId) {
      const found = await this.plans.findById(actor.organisationId, actionPlanId);
      this.policy.assertOwner(actor, found ? reflectionOf(found) : null, 'Action plan');
      plan = found!;
    } else {
      const session = await this.sessions.find(actor.organisationId, sessionId!);
      this.policy.assertOwner(actor, session, 'Reflection session');
      plan = await this.plans.ensureForSession(session);
    }
    return ActionItemModel.from(await this.items.add(plan, input), plan);
  }

  @Mutation(() => ActionItemModel, { description: 'Owner only' })
  async editActionItem(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: ActionItemPatchInput,
  ): Promise<ActionItemModel> {
    if (input.title === null || input.category === null) {
      throw new InputException('title and category cannot be cleared', [
        { field: input.title === null ? 'title' : 'category', problems: ['cannot be null'] },
      ]);
    }
    const { item, plan } = await this.ownItem(actor, id);
    const patch = { ...input, title: input.title ?? undefined, category: input.category ?? undefined };
    return ActionItemModel.from(await this.items.edit(item, patch), plan);
  }

  @Mutation(() => ActionItemModel, { description: 'Marks an item DROPPED (kept for the record); owner only' })
  async dropActionItem(@CurrentActor() actor: MemberActor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ActionItemModel> {
    const { item, plan } = await this.ownItem(actor, id);
    return ActionItemModel.from(await this.items.track(item, { status: 'DROPPED' }), plan);
  }

  @Mutation(() => ActionItemCommentModel, { description: 'The owner, or a coach the reflection is shared with' })
  async commentOnActionItem(@CurrentActor() actor: MemberActor, @Args() args: CommentOnActionItemArgs): Promise<ActionItemCommentModel> {
    const found = await this.items.findWithPlan(actor.organisationId, args.id);
    await this.policy.authorizeRead(actor, found ? reflectionOf(found.plan) : null, 'action_plan', 'Action item');
    return ActionItemCommentModel.from(
      await this.itemComments.add(actor.organisationId, found!.item.id, actor.membershipId, args.body.trim()),
    );
  }

  /** Items only reach a client through reads the policy allowed. */
  @ResolveField(() => [ActionItemCommentModel])
  async comments(@Parent() item: ActionItemModel): Promise<ActionItemCommentModel[]> {
    return (await this.loaders.comments(item.organisationId, item.id)).map(ActionItemCommentModel.from);
  }

  private async ownItem(actor: MemberActor, id: string): Promise<PlannedItem> {
    const found = await this.items.findWithPlan(actor.organisationId, id);
    this.policy.assertOwner(actor, found ? reflectionOf(found.plan) : null, 'Action item');
    if (!found) throw new NotFoundException('Action item');
    return found;
  }
}
