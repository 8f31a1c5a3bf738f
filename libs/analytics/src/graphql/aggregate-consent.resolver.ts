import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, type MemberActor } from '#auth';
import { MembershipsService } from '#identity';
import { MembershipModel } from '#identity/graphql';
import { RollupScheduler } from '#jobs';

@Resolver(() => MembershipModel)
export class AggregateConsentResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly rollups: RollupScheduler,
  ) {}

  @Mutation(() => MembershipModel, {
    description: "Includes or excludes the caller's own reflections from HR aggregates (included by default)",
  })
  async setAggregateConsent(@CurrentActor() actor: MemberActor, @Args('include') include: boolean): Promise<MembershipModel> {
    const membership = await this.memberships.setAggregateConsent(actor.organisationId, actor.membershipId, include);
    // The report already honours the flag; the refresh then adds or removes the rollup rows.
    await this.rollups.participantChanged(actor.organisationId, actor.membershipId);
    return MembershipModel.from(membership);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether this membership counts in HR aggregates; visible to its own member only (null for others)',
  })
  aggregateConsent(@Parent() membership: MembershipModel, @CurrentActor() actor: Actor | undefined): boolean | null {
    return actor && membership.userId === actor.userId ? membership.aggregateConsent : null;
  }
}
