import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { assignmentViewOf } from '#coaching';
import { AssignmentModel, CoachingLoaders } from '#coaching/graphql';
import { NotFoundException } from '#common';
import { ReflectionSessionModel } from '#interviews/graphql';

@Resolver(() => ReflectionSessionModel)
export class SessionAssignmentResolver {
  constructor(private readonly coaching: CoachingLoaders) {}

  /** Null for an ad-hoc session, and for a reader who may not see the assignment itself. */
  @ResolveField(() => AssignmentModel, { nullable: true })
  async assignment(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<AssignmentModel | null> {
    if (!session.assignmentId || session.organisationId !== actor.organisationId) return null;
    const assignment = await this.coaching.assignment(actor.organisationId, session.assignmentId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    if (!assignment) return null;
    const view = assignmentViewOf(actor, assignment, await this.coaching.activeClientIds(actor));
    return view ? AssignmentModel.from(assignment) : null;
  }
}
