import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import { ReflectionTemplateModel } from '#templates/graphql';
import { progressOf } from '../interviewer/interviewer-state.util.js';
import { InterviewsLoaders } from './interviews.loaders.js';
import { ReflectionSessionModel } from './models/reflection-session.model.js';
import { SessionProgressModel } from './models/session-progress.model.js';
import { TurnModel } from './models/turn.model.js';
import { stateOf } from './session-state.util.js';

/** The session's relations owned by interviews; each read goes through the access policy. */
@Resolver(() => ReflectionSessionModel)
export class SessionFieldsResolver {
  constructor(
    private readonly loaders: InterviewsLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => ReflectionTemplateModel, { description: 'The template version this session pinned' })
  async template(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<ReflectionTemplateModel> {
    await this.loaders.authorize(actor, session, 'session');
    const { template, version } = await this.loaders.pinnedTemplate(session);
    return ReflectionTemplateModel.from(template, version);
  }

  @ResolveField(() => MembershipModel)
  async participant(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<MembershipModel> {
    await this.loaders.authorize(actor, session, 'session');
    return MembershipModel.from(await this.identity.membership(session.participantMembershipId));
  }

  @ResolveField(() => [TurnModel], {
    description:
      'The conversation in order. A distress exchange (the disclosure and the support reply) is shown to the owner alone: a coach it is shared with never sees it',
  })
  async turns(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<TurnModel[]> {
    await this.loaders.authorize(actor, session, 'turns');
    const cta = stateOf(session)?.cta ?? null;
    const owner = session.participantMembershipId === actor.membershipId;
    const turns = await this.loaders.turns(session);
    return turns.filter((turn) => owner || !turn.sensitive).map((turn) => TurnModel.from(turn, cta));
  }

  @ResolveField(() => TurnModel, {
    nullable: true,
    description: "The interviewer's question awaiting an answer (null before the start and after the closing turn)",
  })
  async currentQuestion(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<TurnModel | null> {
    await this.loaders.authorize(actor, session, 'turns');
    const pending = stateOf(session)?.pending;
    if (!pending || session.status !== 'IN_PROGRESS') return null;
    const turn = (await this.loaders.turns(session)).find((t) => t.seq === pending.seq);
    return turn ? TurnModel.from(turn) : null;
  }

  @ResolveField(() => SessionProgressModel)
  async progress(@CurrentActor() actor: MemberActor, @Parent() session: ReflectionSessionModel): Promise<SessionProgressModel> {
    await this.loaders.authorize(actor, session, 'session');
    const state = stateOf(session);
    return SessionProgressModel.from(
      state ? progressOf(state) : { stage: 'not_started', stagesDone: 0, stagesTotal: 0, mandatoryAnswered: 0, mandatoryTotal: 0 },
    );
  }
}
