import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { InvitationEntity } from '../../entities/invitation.entity.js';
import { Role } from './role.enum-type.js';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => [Role])
  roles: Role[];

  @Field({ description: 'Single-use; also emailed to the invitee. Only returned to the admin who invited.' })
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  static from(entity: InvitationEntity, token: string): InvitationModel {
    return Object.assign(new InvitationModel(), {
      id: entity.id,
      email: entity.email,
      roles: entity.roles,
      token,
      expiresAt: entity.expiresAt,
    });
  }
}
