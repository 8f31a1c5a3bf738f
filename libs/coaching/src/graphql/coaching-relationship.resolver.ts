import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import { CoachingRelationshipsService } from '../services/coaching-relationships.service.js';
import { CoachingRelationshipModel } from './models/coaching-relationship.model.js';

@Resolver(() => CoachingRelationshipModel)
export class CoachingRelationshipResolver {
  constructor(
    private readonly relationships: CoachingRelationshipsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => CoachingRelationshipModel, {
    description: 'Admin: any pair. Coach: for themselves only, when the organisation lets coaches invite clients',
  })
  async startCoaching(
    @CurrentActor() actor: MemberActor,
    @Args('coachMembershipId', { type: () => ID }, UuidPipe) coachMembershipId: string,
    @Args('participantMembershipId', { type: () => ID }, UuidPipe) participantMembershipId: string,
  ): Promise<CoachingRelationshipModel> {
    return CoachingRelationshipModel.from(await this.relationships.start(actor, coachMembershipId, participantMembershipId));
  }

  @Mutation(() => CoachingRelationshipModel, { description: 'Admin: any. Coach: their own. The coach loses access on the next request' })
  async endCoaching(
    @CurrentActor() actor: MemberActor,
    @Args('relationshipId', { type: () => ID }, UuidPipe) relationshipId: string,
  ): Promise<CoachingRelationshipModel> {
    return CoachingRelationshipModel.from(await this.relationships.end(actor, relationshipId));
  }

  @Query(() => [MembershipModel], { description: "The caller's active clients (as coach)" })
  async myClients(@CurrentActor() actor: MemberActor): Promise<MembershipModel[]> {
    return (await this.relationships.activeClients(actor.organisationId, actor.membershipId)).map(MembershipModel.from);
  }

  @Query(() => [MembershipModel], { description: "The caller's active coaches: whom they may share a reflection with" })
  async myCoaches(@CurrentActor() actor: MemberActor): Promise<MembershipModel[]> {
    return (await this.relationships.activeCoaches(actor.organisationId, actor.membershipId)).map(MembershipModel.from);
  }

  @Query(() => [CoachingRelationshipModel], { description: 'Admin: every relationship of the organisation; others: their own' })
  async coachingRelationships(
    @CurrentActor() actor: MemberActor,
    @Args('activeOnly', { defaultValue: true }) activeOnly: boolean,
  ): Promise<CoachingRelationshipModel[]> {
    return (await this.relationships.listVisible(actor, activeOnly)).map(CoachingRelationshipModel.from);
  }

  @ResolveField(() => MembershipModel)
  async coach(@Parent() relationship: CoachingRelationshipModel): Promise<MembershipModel> {
    return MembershipModel.from(await this.identity.membership(relationship.coachMembershipId));
  }

  @ResolveField(() => MembershipModel)
  async participant(@Parent() relationship: CoachingRelationshipModel): Promise<MembershipModel> {
    return MembershipModel.from(await this.identity.membership(relationship.participantMembershipId));
  }
}
