import { Args, GraphQLISODateTime, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { assignmentViewOf } from '#coaching';
import { AssignmentModel, CoachingLoaders } from '#coaching/graphql';
import { UuidPipe } from '#common';
import type { ReflectionSessionEntity } from '#interviews';
import { ReflectionSessionModel } from '#interviews/graphql';
import { ReflectionAccessPolicy } from '#sharing';
import { ReminderSnoozeService } from '../services/reminder-snooze.service.js';
import { SchedulesLoaders } from './schedules.loaders.js';

/**
 * What the assigner (coach or admin) sees of a due session: its status and dates, nothing that
 * a participant wrote or that was derived from it. The model is a real ReflectionSession, but its
 * content (turns, progress, summary, action plan) is only reachable through field resolvers that
 * ask ReflectionAccessPolicy, which answers NOT_FOUND to a coach unless the participant shared
 * this reflection with them under an active coaching relationship, and to an admin always.
 */
export function scheduleOnly(session: ReflectionSessionEntity): ReflectionSessionModel {
  return Object.assign(ReflectionSessionModel.from(session), { summaryState: null, summaryError: null });
}

@Resolver(() => AssignmentModel)
export class AssignmentSessionsResolver {
  constructor(
    private readonly coaching: CoachingLoaders,
    private readonly loaders: SchedulesLoaders,
    private readonly policy: ReflectionAccessPolicy,
    private readonly snoozes: ReminderSnoozeService,
  ) {}

  @ResolveField(() => [ReflectionSessionModel], {
    description: 'The participant: their sessions of this assignment. The assigner: each due session with its status and dates only',
  })
  async sessions(@CurrentActor() actor: MemberActor, @Parent() assignment: AssignmentModel): Promise<ReflectionSessionModel[]> {
    const view = assignmentViewOf(actor, assignment, await this.coaching.activeClientIds(actor));
    if (!view) return [];
    const sessions = await this.loaders.sessionsOf(assignment.organisationId, assignment.id);
    if (view === 'participant')
      return (await this.policy.filterReadable(actor, sessions, 'session')).map((s) => ReflectionSessionModel.from(s));
    return sessions.filter((s) => s.dueAt !== null).map(scheduleOnly);
  }

  @Mutation(() => AssignmentModel, { description: 'The participant postpones the reminders of the current due date' })
  async snoozeReminder(
    @CurrentActor() actor: MemberActor,
    @Args('assignmentId', { type: () => ID }, UuidPipe) assignmentId: string,
    @Args('until', { type: () => GraphQLISODateTime }) until: Date,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.snoozes.snooze(actor, assignmentId, until));
  }
}
