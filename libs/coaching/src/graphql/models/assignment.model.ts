import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
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

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null once the schedule has ended or was cancelled' })
  nextDueAt: Date | null;

  @Field(() => Int, { description: 'Days each due session stays open before it expires' })
  windowDays: number;

  @Field()
  cancelled: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Reminders of the due date `reminderSnoozedDueAt` wait until then' })
  reminderSnoozedUntil: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reminderSnoozedDueAt: Date | null;

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
      windowDays: entity.windowDays,
      cancelled: entity.cancelledAt !== null,
      cancelledAt: entity.cancelledAt,
      reminderSnoozedUntil: entity.reminderSnoozedUntil,
      reminderSnoozedDueAt: entity.reminderSnoozedDueAt,
      organisationId: entity.organisationId,
      templateId: entity.templateId,
      participantMembershipId: entity.participantMembershipId,
      assignedByMembershipId: entity.assignedByMembershipId,
    });
  }
}
