import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { TenantDatabase } from '#database';
import { JobName, JobProducer, jobIdOf } from '#jobs';
import { LivePublisher, LiveTopic } from '#live';
import { ReflectionAccessPolicy } from '#sharing';
import { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import { Interviewer } from '../interviewer/interviewer.service.js';
import { parseInterviewerState } from '../interviewer/interviewer-state.util.js';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';
import { ReplyWriter } from './reply-writer.service.js';
import { assertAnswerable } from './session-status.util.js';
import { type LockedSession, SessionStore } from './session-store.service.js';

/**
 * Pause, resume, abandon and complete: owner-only, serialised with answers on the session's row
 * lock. All state lives in PostgreSQL, so a session paused on one device resumes on any other.
 */
@Injectable()
export class SessionLifecycle {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: SessionStore,
    private readonly interviewer: Interviewer,
    private readonly replies: ReplyWriter,
    private readonly policy: ReflectionAccessPolicy,
    private readonly jobs: JobProducer,
    private readonly live: LivePublisher,
  ) {}

  async pause(actor: MemberActor, sessionId: string): Promise<ReflectionSessionEntity> {
    const { session } = await this.locked(actor, sessionId);
    assertAnswerable(session);
    if (!session.pausedAt) return this.save(session, { pausedAt: new Date() });
    return session;
  }

  /**
   * Continues where it stopped: the pending question stays the one to answer (no new turn). After
   * a pause the interviewer made itself (a break, a crisis), it asks the gentlest question left.
   */
  async resume(actor: MemberActor, sessionId: string): Promise<ReflectionSessionEntity> {
    const locked = await this.locked(actor, sessionId);
    const { session } = locked;
    assertAnswerable(session);
    const now = new Date();
    // The time away does not count against the session's time limit.
    const state = {
      ...(await this.replies.settleAwaiting(locked, parseInterviewerState(session.interviewerState), now)),
      lastActivityAt: now.toISOString(),
    };
    const step = this.interviewer.reenter(state, now);
    if (step) {
      await this.store.appendTurn(
        session,
        { seq: state.nextSeq, role: 'INTERVIEWER', content: step.turn.content, stage: step.turn.stage, questionRef: step.turn.questionRef },
        step.state,
      );
      return this.save(session, { pausedAt: null });
    }
    return this.save(session, { pausedAt: null, interviewerState: state });
  }

  async abandon(actor: MemberActor, sessionId: string): Promise<ReflectionSessionEntity> {
    const { session } = await this.locked(actor, sessionId);
    if (session.status === 'ABANDONED') return session;
    if (session.status !== 'IN_PROGRESS' && session.status !== 'SCHEDULED') {
      throw new InterviewsException(`This reflection session is ${session.status.toLowerCase()}`, InterviewsExceptionCode.SESSION_CLOSED, {
        status: session.status,
      });
    }
    return this.save(session, { status: 'ABANDONED', pausedAt: null });
  }

  /** Completes the session and, in the same transaction, enqueues its summary (idempotent: a repeat returns it unchanged). */
  async complete(actor: MemberActor, sessionId: string): Promise<ReflectionSessionEntity> {
    const { session } = await this.locked(actor, sessionId);
    if (session.status === 'COMPLETED') return session;
    assertAnswerable(session);
    const state = parseInterviewerState(session.interviewerState);
    if (state.answers === 0)
      throw new InterviewsException('Answer at least one question before completing', InterviewsExceptionCode.NOTHING_TO_COMPLETE);
    const completed = await this.save(session, {
      status: 'COMPLETED',
      completedAt: new Date(),
      pausedAt: null,
      summaryState: 'PENDING',
      summaryError: null,
      interviewerState: { ...state, awaitingReply: null },
    });
    this.live.afterCommit(LiveTopic.session(session.organisationId, session.id), { sessionId: session.id });
    await this.jobs.enqueue(
      JobName.WriteSummary,
      { organisationId: session.organisationId, sessionId: session.id },
      { jobId: jobIdOf('summary', session.id) },
    );
    return completed;
  }

  private async locked(actor: MemberActor, sessionId: string): Promise<LockedSession> {
    const locked = await this.store.lock(actor.organisationId, sessionId);
    if (!locked) throw new NotFoundException('Reflection session');
    this.policy.assertOwner(actor, locked.session, 'Reflection session');
    return locked;
  }

  private async save(session: ReflectionSessionEntity, changes: Partial<ReflectionSessionEntity>): Promise<ReflectionSessionEntity> {
    await this.db
      .repository(ReflectionSessionEntity)
      .update({ organisationId: session.organisationId, id: session.id }, changes as QueryDeepPartialEntity<ReflectionSessionEntity>);
    return Object.assign(session, changes, { updatedAt: new Date() });
  }
}
