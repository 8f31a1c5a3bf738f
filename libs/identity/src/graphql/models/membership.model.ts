import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MembershipEntity } from '../../entities/membership.entity.js';
import { Role } from './role.enum-type.js';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  team: string | null;

  /** Resolved by field resolvers; not part of the type itself. */
  organisationId: string;
  userId: string;
  aggregateConsent: boolean;

  static from(entity: MembershipEntity): MembershipModel {
    return Object.assign(new MembershipModel(), {
      id: entity.id,
      roles: entity.roles,
      department: entity.department,
      team: entity.team,
      organisationId: entity.organisationId,
      userId: entity.userId,
      aggregateConsent: entity.aggregateConsent,
    });
  }
}
