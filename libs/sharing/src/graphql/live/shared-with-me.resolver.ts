import { Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { LiveTopic, type ShareEvent } from '#live';
import { LiveStreams } from '#live/graphql';
import { ReflectionAccessPolicy } from '../../reflection-access.policy.js';
import { ReflectionSharedModel } from '../models/reflection-shared.model.js';

/** A coach's feed of reflections newly shared with them; each is delivered only while the policy lets them read it. */
@Resolver()
export class SharedWithMeResolver {
  constructor(
    private readonly streams: LiveStreams,
    private readonly policy: ReflectionAccessPolicy,
  ) {}

  @Subscription(() => ReflectionSharedModel, {
    description: 'Reflections newly shared with you (as a coach), while you may read them',
    resolve: (shared: ReflectionSharedModel) => shared,
  })
  async reflectionsSharedWithMe(@CurrentActor() actor: MemberActor): Promise<AsyncIterableIterator<ReflectionSharedModel>> {
    return this.streams.open<ShareEvent, ReflectionSharedModel>(
      actor,
      LiveTopic.sharesFor(actor.organisationId, actor.membershipId),
      (event) =>
        this.streams.read(actor, async () => {
          const reflection = {
            id: event.sessionId,
            organisationId: actor.organisationId,
            participantMembershipId: event.participantMembershipId,
          };
          if (
            event.coachMembershipId !== actor.membershipId ||
            !(await this.policy.coachMayRead(actor.membershipId, [reflection])).has(event.sessionId)
          )
            return null;
          return Object.assign(new ReflectionSharedModel(), {
            sessionId: event.sessionId,
            participantMembershipId: event.participantMembershipId,
            sharedAt: new Date(event.sharedAt),
          });
        }),
    );
  }
}
