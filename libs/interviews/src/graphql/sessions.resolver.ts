import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { SessionLifecycle } from '../sessions/session-lifecycle.service.js';
import { SessionReader } from '../sessions/session-reader.service.js';
import { SessionStarter } from '../sessions/session-starter.service.js';
import { ReflectionSessionModel } from './models/reflection-session.model.js';

/** Sessions of the caller: start, read, pause, resume, abandon, complete. Owner-only writes. */
@Resolver(() => ReflectionSessionModel)
export class SessionsResolver {
  constructor(
    private readonly starter: SessionStarter,
    private readonly lifecycle: SessionLifecycle,
    private readonly reader: SessionReader,
  ) {}

  @Query(() => ReflectionSessionModel)
  async reflectionSession(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ReflectionSessionModel> {
    return ReflectionSessionModel.from(await this.reader.get(actor, id));
  }

  @Query(() => [ReflectionSessionModel], { description: "The caller's own sessions, newest first" })
  async mySessions(@CurrentActor() actor: MemberActor): Promise<ReflectionSessionModel[]> {
    return (await this.reader.mine(actor)).map((session) => ReflectionSessionModel.from(session));
  }

  @Mutation(() => ReflectionSessionModel, {
    description:
      'From one of your assignments, or from a template for self-directed reflection (exactly one). The first INTERVIEWER turn is included.',
  })
  async startReflectionSession(
    @CurrentActor() actor: MemberActor,
    @Args('templateId', { type: () => ID, nullable: true }, UuidPipe) templateId?: string | null,
    @Args('assignmentId', { type: () => ID, nullable: true }, UuidPipe) assignmentId?: string | null,
  ): Promise<ReflectionSessionModel> {
    return ReflectionSessionModel.from(await this.starter.start(actor, { templateId, assignmentId }));
  }

  @Mutation(() => ReflectionSessionModel, { description: 'summaryState becomes PENDING; the summary is written in the background' })
  async completeReflectionSession(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<ReflectionSessionModel> {
    return ReflectionSessionModel.from(await this.lifecycle.complete(actor, sessionId));
  }

  @Mutation(() => ReflectionSessionModel, { description: 'Leave the session for later; answering or resuming continues it, on any device' })
  async pauseReflectionSession(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<ReflectionSessionModel> {
    return ReflectionSessionModel.from(await this.lifecycle.pause(actor, sessionId));
  }

  @Mutation(() => ReflectionSessionModel, { description: 'Continue where it stopped: currentQuestion is the question to answer' })
  async resumeReflectionSession(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<ReflectionSessionModel> {
    return ReflectionSessionModel.from(await this.lifecycle.resume(actor, sessionId));
  }

  @Mutation(() => ReflectionSessionModel)
  async abandonReflectionSession(
    @CurrentActor() actor: MemberActor,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<ReflectionSessionModel> {
    return ReflectionSessionModel.from(await this.lifecycle.abandon(actor, sessionId));
  }
}
