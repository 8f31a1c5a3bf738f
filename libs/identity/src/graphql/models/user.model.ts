import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from '../../entities/user.entity.js';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), { id: entity.id, email: entity.email, displayName: entity.displayName });
  }
}
