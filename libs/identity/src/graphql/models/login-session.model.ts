import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { LoginSessionEntity } from '../../entities/login-session.entity.js';

@ObjectType('LoginSession', { description: 'A signed-in device: its refresh token family' })
export class LoginSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'Last sign-in or token refresh' })
  lastUsedAt: Date;

  @Field({ description: 'The session of the token making this request' })
  current: boolean;

  static from(entity: LoginSessionEntity, currentSessionId: string | undefined): LoginSessionModel {
    return Object.assign(new LoginSessionModel(), {
      id: entity.id,
      createdAt: entity.createdAt,
      lastUsedAt: entity.lastUsedAt,
      current: entity.id === currentSessionId,
    });
  }
}
