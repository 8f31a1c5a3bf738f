import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ReflectionShared', { description: 'A reflection its owner shared with you (ids only: read it with reflectionSession)' })
export class ReflectionSharedModel {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  participantMembershipId: string;

  @Field(() => GraphQLISODateTime)
  sharedAt: Date;
}
