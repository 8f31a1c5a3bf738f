import { Args, Float, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { OrganisationsService } from '#identity';
import { OrganisationModel } from '#identity/graphql';
import { AggregateNoiseService } from '../noise/aggregate-noise.service.js';

@Resolver(() => OrganisationModel)
export class AggregateNoiseResolver {
  constructor(
    private readonly noise: AggregateNoiseService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => OrganisationModel, {
    description:
      'Adds differential-privacy noise (discrete Laplace, ε per released figure, 0.1 to 10) to HR aggregates on top of k-anonymity; null switches it off',
  })
  async setAggregateNoise(
    @CurrentActor() actor: MemberActor,
    @Args('epsilon', { type: () => Float, nullable: true }) epsilon: number | null,
  ): Promise<OrganisationModel> {
    await this.noise.set(actor.organisationId, epsilon ?? null);
    return OrganisationModel.from(await this.organisations.get(actor.organisationId));
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      "ε per released figure of HR aggregates when they carry noise; null when they carry none, or for an organisation other than the token's",
  })
  async aggregateNoiseEpsilon(@Parent() organisation: OrganisationModel, @CurrentActor() actor: Actor | undefined): Promise<number | null> {
    return actor?.organisationId === organisation.id ? this.noise.epsilonOf(organisation.id) : null;
  }
}
