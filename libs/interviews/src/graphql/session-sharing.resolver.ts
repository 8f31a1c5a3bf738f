import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { RequestLoaders } from '#database';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import { ReflectionAccessPolicy, SharesService } from '#sharing';
import { SessionReader } from '../sessions/session-reader.service.js';
import { ReflectionSessionModel } from './models/reflection-session.model.js';

/** Sharing one reflection with some of the owner's current coaches, and who it is shared with. */
@Resolver(() => ReflectionSessionModel)
export class SessionSharingResolver {
  constructor(
    private readonly shares: SharesService,
    private readonly policy: ReflectionAccessPolicy,
    private readonly sessions: SessionReader,
    private readonly loaders: RequestLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => ReflectionSessionModel, {
    description:
      'Owner only. Shares this reflection with each of these coaches, who must be your current coaches (else BAD_USER_INPUT, nothing shared). Sharing again is a no-op. visibility becomes SHARED_WITH_COACHES',
  })
  async shareReflection(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Args('coachMembershipIds', { type: () => [ID] }, UuidPipe) coachMembershipIds: string[],
  ): Promise<ReflectionSessionModel> {
    await this.shares.share(actor, sessionId, coachMembershipIds);
    this.grants(actor.organisationId).clearAll();
    return ReflectionSessionModel.from(await this.sessions.get(actor, sessionId));
  }

  @Mutation(() => ReflectionSessionModel, {
    description:
      'Owner only. Revokes these coaches (none given: every coach); they lose access on their next request. visibility becomes PRIVATE when no share is left',
  })
  async revokeReflectionShare(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Args('coachMembershipIds', { type: () => [ID], nullable: true }, UuidPipe) coachMembershipIds?: string[] | null,
  ): Promise<ReflectionSessionModel> {
    await this.shares.revoke(actor, sessionId, coachMembershipIds);
    this.grants(actor.organisationId).clearAll();
    return ReflectionSessionModel.from(await this.sessions.get(actor, sessionId));
  }

  @ResolveField(() => [MembershipModel], {
    description:
      "The owner sees every coach it is shared with; a coach it is shared with sees only themselves (whom else the owner shares with is the owner's business)",
  })
  async sharedWith(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<MembershipModel[]> {
    const reader = await this.policy.authorizeRead(actor, session, 'session', 'Reflection session');
    const grants = await this.grants(session.organisationId).load(session.id);
    const visible = reader.kind === 'owner' ? grants : grants.filter((coach) => coach === reader.coachMembershipId);
    return Promise.all(visible.map(async (id) => MembershipModel.from(await this.identity.membership(id))));
  }

  /** Active grants per session, batched per request; a share or revoke in the request clears it. */
  private grants(organisationId: string) {
    return this.loaders.get<string, string[]>(`interviews.shared-with.${organisationId}`, async (ids) => {
      const bySession = await this.shares.activeGrants(organisationId, ids);
      return ids.map((id) => bySession.get(id) ?? []);
    });
  }
}
