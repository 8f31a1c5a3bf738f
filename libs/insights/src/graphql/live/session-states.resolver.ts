import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { type JobState, NotFoundException, UuidPipe } from '#common';
import { LiveTopic, type SessionChangedEvent } from '#live';
import { LiveStreams } from '#live/graphql';
import { ReflectionAccessPolicy } from '#sharing';
import { ActionPlansService } from '../../services/action-plans.service.js';
import { SessionLookup } from '../../services/session-lookup.service.js';
import { ReflectionSessionStatesModel } from '../models/reflection-session-states.model.js';

/**
 * Live job states of one reflection session (summary, action plan), for whoever may read the
 * session: its owner, or a coach it is shared with. Each event is checked again against the access
 * policy and the states are read then, in the subscriber's scope, so a revoked share stops them.
 */
@Resolver()
export class SessionStatesResolver {
  constructor(
    private readonly streams: LiveStreams,
    private readonly policy: ReflectionAccessPolicy,
    private readonly sessions: SessionLookup,
    private readonly plans: ActionPlansService,
  ) {}

  @Subscription(() => ReflectionSessionStatesModel, {
    description:
      'Changes of the summary and action plan states of a session (owner, or a coach it is shared with). NOT_FOUND as reflectionSession would answer.',
    resolve: (states: ReflectionSessionStatesModel) => states,
  })
  async reflectionSessionStates(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<AsyncIterableIterator<ReflectionSessionStatesModel>> {
    await this.streams.read(actor, async () => {
      const session = await this.sessions.find(actor.organisationId, sessionId);
      await this.policy.authorizeRead(actor, session, 'session', 'Reflection session');
    });
    return this.streams.open<SessionChangedEvent, ReflectionSessionStatesModel>(
      actor,
      LiveTopic.session(actor.organisationId, sessionId),
      () => this.streams.read(actor, () => this.statesOf(actor, sessionId)),
    );
  }

  private async statesOf(actor: MemberActor, sessionId: string): Promise<ReflectionSessionStatesModel | null> {
    const session = await this.sessions.find(actor.organisationId, sessionId);
    if (!session) throw new NotFoundException('Reflection session');
    // Access logging happened when the subscription was authorised; each event is checked without a new entry.
    const readable = this.policy.isOwner(actor, session) || (await this.policy.coachMayRead(actor.membershipId, [session])).has(session.id);
    if (!readable) return null;
    const [plan] = await this.plans.findForSessions(actor.organisationId, [sessionId]);
    return Object.assign(new ReflectionSessionStatesModel(), {
      sessionId,
      summaryState: session.summaryState as JobState | null,
      actionPlanId: plan?.id ?? null,
      actionPlanState: (plan?.state as JobState | undefined) ?? null,
    });
  }
}
