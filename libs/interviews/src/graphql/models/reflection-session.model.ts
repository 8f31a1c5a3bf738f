import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JobState, Visibility } from '#common';
import type { ReflectionSessionEntity } from '../../entities/reflection-session.entity.js';
import { SessionStatus } from './session-enums.js';

/**
 * A reflection session. Relations (template, participant, assignment, turns, progress, summary,
 * action plan, sharedWith) are field resolvers owned by the lib that owns the data; each of them
 * goes through the reflection access policy.
 */
@ObjectType('ReflectionSession')
export class ReflectionSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  templateVersion: number;

  @Field(() => SessionStatus)
  status: SessionStatus;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => GraphQLISODateTime, { nullable: true })
  dueAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while the participant has paused the session' })
  pausedAt: Date | null;

  @Field(() => JobState, { nullable: true })
  summaryState: JobState | null;

  @Field(() => String, { nullable: true })
  summaryError: string | null;

  /** Not exposed: ownership and relations, used by field resolvers and the access policy. */
  organisationId: string;
  participantMembershipId: string;
  templateId: string;
  assignmentId: string | null;
  /** The interviewer's state (progress, pending question); read by field resolvers of the owning lib. */
  interviewerState: Record<string, unknown>;

  static from(session: ReflectionSessionEntity): ReflectionSessionModel {
    return Object.assign(new ReflectionSessionModel(), {
      id: session.id,
      templateVersion: session.templateVersion,
      status: session.status,
      visibility: session.visibility as Visibility,
      dueAt: session.dueAt,
      startedAt: session.startedAt,
      completedAt: session.completedAt,
      pausedAt: session.pausedAt,
      summaryState: session.summaryState,
      summaryError: session.summaryError,
      organisationId: session.organisationId,
      participantMembershipId: session.participantMembershipId,
      templateId: session.templateId,
      assignmentId: session.assignmentId,
      interviewerState: session.interviewerState,
    });
  }
}
