import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, OrganisationOptional } from '#auth';
import { MembershipsService } from '../services/memberships.service.js';
import { IdentityLoaders } from './identity.loaders.js';
import { MembershipModel } from './models/membership.model.js';
import { UserModel } from './models/user.model.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly membershipService: MembershipsService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @OrganisationOptional()
  @Query(() => UserModel)
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return UserModel.from(await this.loaders.user(actor.userId));
  }

  /** Only the caller's own memberships are listed (another user's, in a shared org, are not). */
  @ResolveField(() => [MembershipModel])
  async memberships(@Parent() user: UserModel, @CurrentActor() actor: Actor): Promise<MembershipModel[]> {
    if (user.id !== actor.userId) return [];
    return (await this.membershipService.listForUser(user.id)).map(MembershipModel.from);
  }
}
