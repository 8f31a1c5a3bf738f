import { Field, ObjectType } from '@nestjs/graphql';
import type { AuthSession } from '../../services/auth.service.js';
import { MembershipModel } from './membership.model.js';
import { UserModel } from './user.model.js';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken: string;

  @Field()
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;

  @Field(() => MembershipModel, { nullable: true })
  membership: MembershipModel | null;

  static from(session: AuthSession): AuthPayloadModel {
    return Object.assign(new AuthPayloadModel(), {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      user: UserModel.from(session.user),
      membership: session.membership ? MembershipModel.from(session.membership) : null,
    });
  }
}
