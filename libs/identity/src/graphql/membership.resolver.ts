import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { UuidPipe } from '#common';
import { InvitationsService } from '../services/invitations.service.js';
import { MembershipsService } from '../services/memberships.service.js';
import { InviteInput } from './dto/invite.input.js';
import { UpdateMemberInput } from './dto/update-member.input.js';
import { IdentityLoaders } from './identity.loaders.js';
import { InvitationModel } from './models/invitation.model.js';
import { MembershipModel } from './models/membership.model.js';
import { OrganisationModel } from './models/organisation.model.js';
import { UserModel } from './models/user.model.js';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly invitations: InvitationsService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => [MembershipModel], { description: 'Active members of the organisation' })
  async members(@CurrentActor() actor: MemberActor): Promise<MembershipModel[]> {
    return (await this.memberships.list(actor.organisationId)).map(MembershipModel.from);
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => InvitationModel)
  async inviteMember(@CurrentActor() actor: MemberActor, @Args('input') input: InviteInput): Promise<InvitationModel> {
    const { invitation, token } = await this.invitations.invite(actor.organisationId, actor.membershipId, input);
    return InvitationModel.from(invitation, token);
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => MembershipModel)
  async updateMember(
    @CurrentActor() actor: MemberActor,
    @Args('membershipId', { type: () => ID }, UuidPipe) membershipId: string,
    @Args('input') input: UpdateMemberInput,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.update(actor.organisationId, membershipId, input));
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => MembershipModel, { description: 'Removes a member; their tokens stop working on the next request' })
  async removeMember(
    @CurrentActor() actor: MemberActor,
    @Args('membershipId', { type: () => ID }, UuidPipe) membershipId: string,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.remove(actor.organisationId, membershipId));
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() membership: MembershipModel): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.loaders.organisation(membership.organisationId));
  }

  @ResolveField(() => UserModel)
  async user(@Parent() membership: MembershipModel): Promise<UserModel> {
    return UserModel.from(await this.loaders.user(membership.userId));
  }
}
