import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { ReflectionSessionModel } from '#interviews/graphql';
import { ClientSessionsService } from '../services/client-sessions.service.js';

@Resolver(() => ReflectionSessionModel)
export class ClientSessionsResolver {
  constructor(private readonly clients: ClientSessionsService) {}

  @Query(() => [ReflectionSessionModel], {
    description:
      'Coach: the sessions this client shared with you, newest first (each read is logged). NOT_FOUND unless you coach them right now',
  })
  async clientSessions(
    @CurrentActor() actor: MemberActor,
    @Args('participantMembershipId', { type: () => ID }, UuidPipe) participantMembershipId: string,
  ): Promise<ReflectionSessionModel[]> {
    return (await this.clients.list(actor, participantMembershipId)).map((session) => ReflectionSessionModel.from(session));
  }
}
