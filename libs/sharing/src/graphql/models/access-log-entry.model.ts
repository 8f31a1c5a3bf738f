import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { AccessLogEntryEntity } from '../../entities/access-log-entry.entity.js';

@ObjectType('AccessLogEntry', { description: "One read of the owner's reflection by someone else" })
export class AccessLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field({ description: 'What was read: session, turns, summary or action_plan' })
  action: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  /** Resolved as `reader`. */
  readerMembershipId: string;

  static from(entry: AccessLogEntryEntity): AccessLogEntryModel {
    return Object.assign(new AccessLogEntryModel(), {
      id: entry.id,
      sessionId: entry.sessionId,
      action: entry.action,
      at: entry.at,
      readerMembershipId: entry.readerMembershipId,
    });
  }
}
