import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Role } from '#auth';
import { TenantDatabase } from '#database';
import { MembershipEntity } from '../entities/membership.entity.js';
import { OrganisationEntity, type OrganisationSettings } from '../entities/organisation.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { randomToken } from './secret-token.util.js';

const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'organisation';

@Injectable()
export class OrganisationsService {
  constructor(private readonly db: TenantDatabase) {}

  /** Creates the organisation and makes the creator its first ORG_ADMIN, inside the new tenant's scope. */
  async create(name: string, userId: string): Promise<{ organisation: OrganisationEntity; membership: MembershipEntity }> {
    const id = randomUUID();
    return this.db.withScope({ organisationId: id, userId }, async () => {
      const organisation = await this.db.repository(OrganisationEntity).save({
        id,
        name: name.trim(),
        slug: `${slugify(name)}-${randomToken(4)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')}`,
        anonymityThreshold: 5,
        settings: {},
      });
      const membership = await this.db.repository(MembershipEntity).save({
        organisationId: id,
        userId,
        roles: [Role.ORG_ADMIN],
        department: null,
        team: null,
      });
      return { organisation, membership };
    });
  }

  async get(organisationId: string): Promise<OrganisationEntity> {
    const organisation = await this.db.repository(OrganisationEntity).findOneBy({ id: organisationId });
    if (!organisation) throw new IdentityException('Organisation not found', IdentityExceptionCode.NOT_A_MEMBER);
    return organisation;
  }

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.db.repository(OrganisationEntity).createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }).getMany();
  }

  async setAnonymityThreshold(organisationId: string, threshold: number): Promise<OrganisationEntity> {
    if (!Number.isInteger(threshold) || threshold < 3 || threshold > 10) {
      throw new IdentityException('The anonymity threshold must be an integer from 3 to 10', IdentityExceptionCode.INVALID_INPUT, {
        field: 'threshold',
      });
    }
    await this.db.repository(OrganisationEntity).update({ id: organisationId }, { anonymityThreshold: threshold });
    return this.get(organisationId);
  }

  async updateSettings(organisationId: string, patch: OrganisationSettings): Promise<OrganisationEntity> {
    const organisation = await this.get(organisationId);
    await this.db.manager.query(`UPDATE organisations SET settings = $2 WHERE id = $1`, [
      organisationId,
      { ...organisation.settings, ...patch },
    ]);
    return this.get(organisationId);
  }
}
