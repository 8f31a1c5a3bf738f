import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { NotFoundException, UuidPipe } from '#common';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import { ReflectionTemplateModel, TemplateLoaders } from '#templates/graphql';
import { AssignmentsService } from '../services/assignments.service.js';
import { AssignInput } from './dto/assign.input.js';
import { AssignmentFilterArgs } from './dto/assignment-filter.args.js';
import { AssignmentModel } from './models/assignment.model.js';

@Resolver(() => AssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly service: AssignmentsService,
    private readonly identity: IdentityLoaders,
    private readonly templates: TemplateLoaders,
  ) {}

  @Mutation(() => [AssignmentModel], {
    description: 'One assignment per participant. Admin: anyone; coach: their active clients; participant: themselves',
  })
  async assignTemplate(@CurrentActor() actor: MemberActor, @Args('input') input: AssignInput): Promise<AssignmentModel[]> {
    return (await this.service.assign(actor, input)).map(AssignmentModel.from);
  }

  @Query(() => [AssignmentModel], { description: "The caller's own assignments (as participant)" })
  async myAssignments(
    @CurrentActor() actor: MemberActor,
    @Args('includeCancelled', { defaultValue: false }) includeCancelled: boolean,
  ): Promise<AssignmentModel[]> {
    return (await this.service.listForParticipant(actor.organisationId, actor.membershipId, includeCancelled)).map(AssignmentModel.from);
  }

  @Query(() => [AssignmentModel], { description: 'Assignments the caller made, to participants they still coach (or to themselves)' })
  async assignmentsIAssigned(@CurrentActor() actor: MemberActor, @Args() filter: AssignmentFilterArgs): Promise<AssignmentModel[]> {
    return (await this.service.listAssignedBy(actor, filter)).map(AssignmentModel.from);
  }

  @Roles(Role.ORG_ADMIN)
  @Query(() => [AssignmentModel], { description: 'Admin: every assignment of the organisation' })
  async assignments(@CurrentActor() actor: MemberActor, @Args() filter: AssignmentFilterArgs): Promise<AssignmentModel[]> {
    return (await this.service.listAll(actor.organisationId, filter)).map(AssignmentModel.from);
  }

  @Query(() => AssignmentModel)
  async assignment(@CurrentActor() actor: MemberActor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AssignmentModel> {
    return AssignmentModel.from((await this.service.getVisible(actor, id)).assignment);
  }

  @Mutation(() => AssignmentModel, { description: 'Stops further due sessions and reminders; sessions already due stay' })
  async cancelAssignment(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AssignmentModel> {
    return AssignmentModel.from(await this.service.cancel(actor, id));
  }

  @ResolveField(() => ReflectionTemplateModel, { description: 'The current version of the template' })
  template(@Parent() assignment: AssignmentModel): Promise<ReflectionTemplateModel> {
    // Visible with the assignment: it is assigned to the participant, and was readable by the assigner.
    return this.templates.version(assignment.organisationId, assignment.templateId);
  }

  @ResolveField(() => MembershipModel)
  async participant(@Parent() assignment: AssignmentModel): Promise<MembershipModel> {
    return MembershipModel.from(await this.identity.membership(assignment.participantMembershipId));
  }

  @ResolveField(() => MembershipModel)
  async assignedBy(@Parent() assignment: AssignmentModel): Promise<MembershipModel> {
    // The column is only cleared if the assigner's membership row itself is deleted.
    if (!assignment.assignedByMembershipId) throw new NotFoundException('Membership');
    return MembershipModel.from(await this.identity.membership(assignment.assignedByMembershipId));
  }
}
