import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { AssignmentEntity } from '../../entities/assignment.entity.js';
import { CadenceEnum } from './cadence.enum-type.js';

/** `template`, `participant`, `assignedBy` and `sessions` are field resolvers. */
@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => CadenceEnum)
  cadence: CadenceEnum;

  @Field(() => String, { nullable: true })
  rrule: string | null;

  @Field()
  timezone: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nextDueAt: Date | null;

  @Field()
  cancelled: boolean;

  organisationId: string;
  templateId: string;
  participantMembershipId: string;
  assignedByMembershipId: string | null;

  static from(entity: AssignmentEntity): AssignmentModel {
    return Object.assign(new AssignmentModel(), {
      id: entity.id,
      cadence: entity.cadence as CadenceEnum,
      rrule: entity.rrule,
      timezone: entity.timezone,
      startsAt: entity.startsAt,
      nextDueAt: entity.nextDueAt,
      cancelled: entity.cancelledAt !== null,
      organisationId: entity.organisationId,
      templateId: entity.templateId,
      participantMembershipId: entity.participantMembershipId,
      assignedByMembershipId: entity.assignedByMembershipId,
    });
  }
}
