import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { OrganisationsService } from '../services/organisations.service.js';
import { OrganisationModel } from './models/organisation.model.js';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Query(() => OrganisationModel, { description: 'The organisation the token is scoped to' })
  async organisation(@CurrentActor() actor: MemberActor): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.organisations.get(actor.organisationId));
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => OrganisationModel)
  async setAnonymityThreshold(
    @CurrentActor() actor: MemberActor,
    @Args('threshold', { type: () => Int }) threshold: number,
  ): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.organisations.setAnonymityThreshold(actor.organisationId, threshold));
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => OrganisationModel, { description: 'Organisation settings that only admins change' })
  async updateOrganisationSettings(
    @CurrentActor() actor: MemberActor,
    @Args('coachesMayInviteClients', { nullable: true }) coachesMayInviteClients?: boolean,
  ): Promise<OrganisationModel> {
    const patch = coachesMayInviteClients === undefined || coachesMayInviteClients === null ? {} : { coachesMayInviteClients };
    return OrganisationModel.from(await this.organisations.updateSettings(actor.organisationId, patch));
  }
}
