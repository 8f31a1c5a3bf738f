import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { CoachingRelationshipEntity } from '../../entities/coaching-relationship.entity.js';

/** `coach` and `participant` (Membership) are field resolvers. */
@ObjectType('CoachingRelationship')
export class CoachingRelationshipModel {
  @Field(() => ID)
  id: string;

  @Field()
  active: boolean;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt: Date | null;

  coachMembershipId: string;
  participantMembershipId: string;

  static from(entity: CoachingRelationshipEntity): CoachingRelationshipModel {
    return Object.assign(new CoachingRelationshipModel(), {
      id: entity.id,
      active: entity.endedAt === null,
      startedAt: entity.startedAt,
      endedAt: entity.endedAt,
      coachMembershipId: entity.coachMembershipId,
      participantMembershipId: entity.participantMembershipId,
    });
  }
}
