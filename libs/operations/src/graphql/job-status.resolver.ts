import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { JobStatusService } from '../job-status.service.js';
import { OrganisationJobStatusModel } from './models/job-status.model.js';

@Resolver()
export class JobStatusResolver {
  constructor(private readonly status: JobStatusService) {}

  @Roles(Role.ORG_ADMIN)
  @Query(() => OrganisationJobStatusModel, { description: 'Admin: background work of the organisation by state (no content)' })
  organisationJobs(@CurrentActor() actor: MemberActor): Promise<OrganisationJobStatusModel> {
    return this.status.forOrganisation(actor.organisationId);
  }
}
