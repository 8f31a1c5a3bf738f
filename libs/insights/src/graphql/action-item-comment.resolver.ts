import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import { ActionItemCommentModel } from './models/action-item-comment.model.js';

@Resolver(() => ActionItemCommentModel)
export class ActionItemCommentResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => MembershipModel)
  async author(@Parent() comment: ActionItemCommentModel): Promise<MembershipModel> {
    return MembershipModel.from(await this.identity.membership(comment.authorMembershipId));
  }
}
