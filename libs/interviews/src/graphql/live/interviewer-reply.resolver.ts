import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { LiveTopic, type ReplyEvent } from '#live';
import { LiveStreams } from '#live/graphql';
import { SessionReader } from '../../sessions/session-reader.service.js';
import { InterviewerReplyModel } from '../models/interviewer-reply.model.js';
import { ReflectionSessionModel } from '../models/reflection-session.model.js';
import { TurnModel } from '../models/turn.model.js';
import { stateOf } from '../session-state.util.js';

/** Pieces of text are the owner's own conversation: a live-session check may serve a few of them. */
const TEXT_ACCESS_RECHECK_MS = 1_000;

/** The interviewer's replies to the owner's answers, as they are written (owner only). */
@Resolver()
export class InterviewerReplyResolver {
  constructor(
    private readonly streams: LiveStreams,
    private readonly sessions: SessionReader,
  ) {}

  @Subscription(() => InterviewerReplyModel, {
    description:
      "The interviewer's replies to your answers in one of your sessions, streamed as they are written and ending with the stored turn. Owner only: NOT_FOUND otherwise.",
    resolve: (reply: InterviewerReplyModel) => reply,
  })
  async interviewerReply(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<AsyncIterableIterator<InterviewerReplyModel>> {
    await this.streams.read(actor, () => this.sessions.own(actor, sessionId));
    return this.streams.open<ReplyEvent, InterviewerReplyModel>(
      actor,
      LiveTopic.reply(actor.organisationId, sessionId),
      (event) => this.deliver(actor, sessionId, event),
      {
        accessRecheckMs: TEXT_ACCESS_RECHECK_MS,
      },
    );
  }

  private async deliver(actor: MemberActor, sessionId: string, event: ReplyEvent): Promise<InterviewerReplyModel> {
    const reply = Object.assign(new InterviewerReplyModel(), {
      sessionId,
      answerTurnId: event.answerTurnId,
      text: null,
      restart: false,
      done: false,
      turn: null,
    });
    if (event.kind === 'text') return Object.assign(reply, { text: event.text, restart: event.restart });
    const turnId = event.turnId;
    const stored = turnId ? await this.streams.read(actor, () => this.sessions.ownTurn(actor, sessionId, turnId)) : null;
    // The closing turn carries the template's call-to-action, as answerReflection's `next` does.
    const turn = stored?.turn ? TurnModel.from(stored.turn, stateOf(ReflectionSessionModel.from(stored.session))?.cta ?? null) : null;
    return Object.assign(reply, { done: true, turn });
  }
}
