import { Injectable } from '@nestjs/common';
import { NotFoundException } from '#common';
import type { MemberActor } from '#identity';
import { ReflectionAccessPolicy } from '#sharing';
import type { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';
import { parseInterviewerState, recordStoredAnswer } from '../interviewer/interviewer-state.util.js';
import { assertValidAnswer, assertValidIdempotencyKey } from './answer-input.util.js';
import { assertAnswerable } from './session-status.util.js';
import { ReplyWriter } from './reply-writer.service.js';
import { SessionLock } from './session-lock.service.js';
import { SessionStore, type LockedSession } from './session-store.service.js';

export interface AnswerOutcome {
  answer: SessionTurnEntity;
  /** The interviewer's reply; null once the interview has closed. */
  next: SessionTurnEntity | null;
  session: ReflectionSessionEntity;
}

/**
 * Answers to a session, one at a time per session: the answer is stored exactly as typed and
 * committed before the interviewer (and any model) runs, so nothing typed is lost; a retry with
 * the same idempotency key returns what was stored instead of storing it twice.
 */
@Injectable()
export class AnswersService {
  constructor(
    private readonly lock: SessionLock,
    private readonly store: SessionStore,
    private readonly replies: ReplyWriter,
    private readonly policy: ReflectionAccessPolicy,
  ) {}

  async answer(actor: MemberActor, sessionId: string, content: string, idempotencyKey: string | null): Promise<AnswerOutcome> {
    assertValidAnswer(content);
    if (idempotencyKey !== null) assertValidIdempotencyKey(idempotencyKey);
    return this.lock.acrossCheckpoints(sessionId, async (lock) => {
      const locked = await this.store.lock(actor.organisationId, sessionId, idempotencyKey);
      if (!locked) throw new NotFoundException('Reflection session');
      this.policy.assertOwner(actor, locked.session, 'Reflection session');
      if (locked.keyedTurn) return this.replay(locked, locked.keyedTurn, content);
      const { session } = locked;
      assertAnswerable(session);
      const state = await this.replies.restoreMissing(locked, parseInterviewerState(session.interviewerState));
      const seq = state.nextSeq;
      const stored = recordStoredAnswer(state, seq, new Date());
      const stage = state.pending ? (state.stages[state.pending.stage]?.key ?? null) : 'closing';
      const appended = this.store.appendTurn(session, { seq, role: 'PARTICIPANT', content, stage, questionRef: state.pending?.ref ?? null, idempotencyKey }, stored);
      if (!stored.awaitingReply) return { answer: (await appended).turn, next: null, session };
      // Durable before any model call: a crash or a slow provider cannot lose the answer. The
      // commit travels with the answer's statement (and is a rollback if that statement failed).
      const [{ turn: answer }] = await Promise.all([appended, lock.checkpoint()]);
      const next = await this.replies.write(locked, stored, content, { lock });
      return { answer, next, session };
    });
  }

  /** A retried request: the stored answer and the reply that followed it (written now if a failure left it out). */
  private async replay(locked: LockedSession, prior: SessionTurnEntity, content: string): Promise<AnswerOutcome> {
    const { session } = locked;
    if (prior.role !== 'PARTICIPANT' || prior.content !== content) {
      throw new InterviewsException('This idempotency key was already used for a different answer', InterviewsExceptionCode.IDEMPOTENCY_KEY_REUSED);
    }
    const state = parseInterviewerState(session.interviewerState);
    if (session.status === 'IN_PROGRESS' && state.awaitingReply?.seq === prior.seq) {
      return { answer: prior, next: await this.replies.write(locked, state, prior.content), session };
    }
    const following = await this.store.turnBySeq(session.organisationId, session.id, prior.seq + 1);
    return { answer: prior, next: following?.role === 'INTERVIEWER' ? following : null, session };
  }
}
