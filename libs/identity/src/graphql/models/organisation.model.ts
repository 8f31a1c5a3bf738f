import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrganisationEntity } from '../../entities/organisation.entity.js';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field(() => Int)
  anonymityThreshold: number;

  @Field({ description: 'Whether coaches may start coaching relationships with participants themselves' })
  coachesMayInviteClients: boolean;

  static from(entity: OrganisationEntity): OrganisationModel {
    return Object.assign(new OrganisationModel(), {
      id: entity.id,
      name: entity.name,
      slug: entity.slug,
      anonymityThreshold: entity.anonymityThreshold,
      coachesMayInviteClients: entity.settings.coachesMayInviteClients ?? false,
    });
  }
}
