import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import { AccessLogService } from '../services/access-log.service.js';
import { AccessLogLimitArgs } from './dto/access-log.args.js';
import { AccessLogEntryModel } from './models/access-log-entry.model.js';

@Resolver(() => AccessLogEntryModel)
export class AccessLogResolver {
  constructor(
    private readonly log: AccessLogService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => [AccessLogEntryModel], {
    description: 'Who read this reflection and what, newest first: its owner only (anyone else: NOT_FOUND)',
  })
  async accessLog(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Args() args: AccessLogLimitArgs,
  ): Promise<AccessLogEntryModel[]> {
    return (await this.log.forSession(actor, sessionId, args.limit ?? undefined)).map(AccessLogEntryModel.from);
  }

  @Query(() => [AccessLogEntryModel], { description: "Reads of any of the caller's own reflections by someone else, newest first" })
  async myAccessLog(@CurrentActor() actor: MemberActor, @Args() args: AccessLogLimitArgs): Promise<AccessLogEntryModel[]> {
    return (await this.log.forOwner(actor, args.limit ?? undefined)).map(AccessLogEntryModel.from);
  }

  @ResolveField(() => MembershipModel, { description: 'Who read it (a removed member still shows)' })
  async reader(@Parent() entry: AccessLogEntryModel): Promise<MembershipModel> {
    return MembershipModel.from(await this.identity.membership(entry.readerMembershipId));
  }
}
