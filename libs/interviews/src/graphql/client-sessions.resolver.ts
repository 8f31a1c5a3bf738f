import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { mapPage, PageArgs, UuidPipe } from '#common';
import { ClientSessionsService } from '../sessions/client-sessions.service.js';
import { ReflectionSessionModel } from './models/reflection-session.model.js';
import { ReflectionSessionConnection } from './models/reflection-session-connection.model.js';

@Resolver(() => ReflectionSessionModel)
export class ClientSessionsResolver {
  constructor(private readonly clients: ClientSessionsService) {}

  @Query(() => [ReflectionSessionModel], {
    description:
      'Coach: the sessions this client shared with you, newest first (each read is logged). NOT_FOUND unless you coach them right now',
    deprecationReason: 'Unbounded: use clientSessionsConnection',
  })
  async clientSessions(
    @CurrentActor() actor: MemberActor,
    @Args('participantMembershipId', { type: () => ID }, UuidPipe) participantMembershipId: string,
  ): Promise<ReflectionSessionModel[]> {
    return (await this.clients.list(actor, participantMembershipId)).map((session) => ReflectionSessionModel.from(session));
  }

  @Query(() => ReflectionSessionConnection, {
    description:
      'Coach: the sessions this client shared with you, newest first (each read is logged). NOT_FOUND unless you coach them right now',
  })
  async clientSessionsConnection(
    @CurrentActor() actor: MemberActor,
    @Args('participantMembershipId', { type: () => ID }, UuidPipe) participantMembershipId: string,
    @Args() page: PageArgs,
  ): Promise<ReflectionSessionConnection> {
    return mapPage(await this.clients.page(actor, participantMembershipId, page), (session) => ReflectionSessionModel.from(session));
  }
}
