import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { NotFoundException, UuidPipe } from '#common';
import { ReflectionSessionModel } from '#interviews/graphql';
import { ReflectionAccessPolicy, type ReflectionPart } from '#sharing';
import { SessionLookup } from '../services/session-lookup.service.js';
import { SummariesService } from '../services/summaries.service.js';
import { InsightsLoaders } from './insights.loaders.js';
import { ActionPlanModel } from './models/action-plan.model.js';
import { ReflectionSummaryModel } from './models/reflection-summary.model.js';

/** The summary and action plan of a session, for its owner and the coaches it is shared with. */
@Resolver(() => ReflectionSessionModel)
export class SessionInsightsResolver {
  constructor(
    private readonly policy: ReflectionAccessPolicy,
    private readonly loaders: InsightsLoaders,
    private readonly sessions: SessionLookup,
    private readonly summaries: SummariesService,
  ) {}

  @ResolveField(() => ReflectionSummaryModel, { nullable: true, description: 'Null until summaryState is READY' })
  async summary(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<ReflectionSummaryModel | null> {
    if (!(await this.mayRead(actor, session, 'summary'))) return null;
    const summary = await this.loaders.summary(session.organisationId, session.id);
    return summary ? ReflectionSummaryModel.from(summary) : null;
  }

  @ResolveField(() => ActionPlanModel, { nullable: true, description: 'Null until a plan is generated or an item added' })
  async actionPlan(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<ActionPlanModel | null> {
    if (!(await this.mayRead(actor, session, 'action_plan'))) return null;
    const plan = await this.loaders.actionPlan(session.organisationId, session.id);
    return plan ? ActionPlanModel.from(plan) : null;
  }

  @Mutation(() => ReflectionSessionModel, { description: 'Re-runs a FAILED summary (owner only); summaryState becomes PENDING' })
  async retrySummary(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<ReflectionSessionModel> {
    const session = await this.sessions.find(actor.organisationId, sessionId);
    this.policy.assertOwner(actor, session, 'Reflection session');
    await this.summaries.retry(session);
    const updated = await this.sessions.find(actor.organisationId, sessionId);
    if (!updated) throw new NotFoundException('Reflection session');
    return ReflectionSessionModel.from(updated);
  }

  private async mayRead(actor: MemberActor, session: ReflectionSessionModel, part: ReflectionPart): Promise<boolean> {
    return (await this.policy.filterReadable(actor, [session], part)).length > 0;
  }
}
