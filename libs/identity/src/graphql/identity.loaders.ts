import { Injectable } from '@nestjs/common';
import { NotFoundException } from '#common';
import { RequestLoaders } from '#database';
import type { MembershipEntity } from '../entities/membership.entity.js';
import type { OrganisationEntity } from '../entities/organisation.entity.js';
import type { UserEntity } from '../entities/user.entity.js';
import { MembershipsService } from '../services/memberships.service.js';
import { OrganisationsService } from '../services/organisations.service.js';
import { UsersService } from '../services/users.service.js';

/** Per-request batching of the identity lookups behind field resolvers (no N+1 on lists). */
@Injectable()
export class IdentityLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: MembershipsService,
  ) {}

  user(id: string): Promise<UserEntity> {
    return this.loaders
      .get<string, UserEntity>(
        'identity.user',
        RequestLoaders.byId(
          (ids) => this.users.findByIds(ids),
          () => new NotFoundException('User'),
        ),
      )
      .load(id);
  }

  organisation(id: string): Promise<OrganisationEntity> {
    return this.loaders
      .get<string, OrganisationEntity>(
        'identity.organisation',
        RequestLoaders.byId(
          (ids) => this.organisations.findByIds(ids),
          () => new NotFoundException('Organisation'),
        ),
      )
      .load(id);
  }

  membership(id: string): Promise<MembershipEntity> {
    return this.loaders
      .get<string, MembershipEntity>(
        'identity.membership',
        RequestLoaders.byId(
          (ids) => this.memberships.findByIds(ids),
          () => new NotFoundException('Membership'),
        ),
      )
      .load(id);
  }
}
