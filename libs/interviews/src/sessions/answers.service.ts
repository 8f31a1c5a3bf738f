import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { ReflectionAccessPolicy } from '#sharing';
import type { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import { WINDOW_TURNS } from '../interviewer/interviewer.service.js';
import { parseInterviewerState, recordStoredAnswer } from '../interviewer/interviewer-state.util.js';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';
import { assertValidAnswer, assertValidIdempotencyKey } from './answer-input.util.js';
import { ReplyWriter } from './reply-writer.service.js';
import { assertAnswerable } from './session-status.util.js';
import { type LockedSession, SessionStore } from './session-store.service.js';

export interface AnswerOutcome {
  answer: SessionTurnEntity;
  /** The interviewer's reply; null once the interview has closed. */
  next: SessionTurnEntity | null;
  session: ReflectionSessionEntity;
}

/**
 * Answers to a session. The answer is stored exactly as typed, with the session marked as awaiting
 * the interviewer's reply, and committed before any model runs: nothing typed is ever lost. The
 * model is then called with no connection, lock or transaction held, and the reply is written
 * only if the session still awaits it. A second answer while a reply is being written gets
 * SESSION_BUSY; a retry with the same idempotency key returns what was stored.
 */
@Injectable()
export class AnswersService {
  constructor(
    private readonly store: SessionStore,
    private readonly replies: ReplyWriter,
    private readonly policy: ReflectionAccessPolicy,
  ) {}

  async answer(actor: MemberActor, sessionId: string, content: string, idempotencyKey: string | null): Promise<AnswerOutcome> {
    assertValidAnswer(content);
    if (idempotencyKey !== null) assertValidIdempotencyKey(idempotencyKey);
    const locked = await this.locked(actor, sessionId, idempotencyKey);
    if (locked.keyedTurn) return this.replay(locked, locked.keyedTurn, content);
    const { session } = locked;
    assertAnswerable(session);
    const now = new Date();
    const initial = parseInterviewerState(session.interviewerState);
    const state = await this.replies.settleAwaiting(locked, initial, now);
    // A repaired reply joined the conversation: the interviewer's window is read again.
    const window =
      state === initial
        ? locked.lastTurns
        : await this.store.recentTurns(session.organisationId, session.id, state.nextSeq, WINDOW_TURNS - 1);
    const seq = state.nextSeq;
    const stored = recordStoredAnswer(state, seq, now);
    const stage = state.pending ? (state.stages[state.pending.stage]?.key ?? null) : 'closing';
    // Durable before any model call: the answer's statement carries the COMMIT when a reply follows.
    const turn = { seq, role: 'PARTICIPANT' as const, content, stage, questionRef: state.pending?.ref ?? null, idempotencyKey };
    const answer = await this.store.appendTurn(session, turn, stored, { commit: !!stored.awaitingReply });
    if (!stored.awaitingReply) return { answer, next: null, session };
    return { answer, next: await this.replies.reply(locked, stored, answer, window), session };
  }

  private async locked(actor: MemberActor, sessionId: string, idempotencyKey: string | null): Promise<LockedSession> {
    const locked = await this.store.lock(actor.organisationId, sessionId, idempotencyKey, { lastTurns: WINDOW_TURNS - 1 });
    if (!locked) throw new NotFoundException('Reflection session');
    this.policy.assertOwner(actor, locked.session, 'Reflection session');
    return locked;
  }

  /** A retried request: the stored answer and the reply that followed it (written now, without a model, if a failure left it out). */
  private async replay(locked: LockedSession, prior: SessionTurnEntity, content: string): Promise<AnswerOutcome> {
    const { session } = locked;
    if (prior.role !== 'PARTICIPANT' || prior.content !== content) {
      throw new InterviewsException(
        'This idempotency key was already used for a different answer',
        InterviewsExceptionCode.IDEMPOTENCY_KEY_REUSED,
      );
    }
    const state = parseInterviewerState(session.interviewerState);
    if (session.status === 'IN_PROGRESS' && state.awaitingReply?.seq === prior.seq) {
      const settled = await this.replies.settleAwaiting(locked, state, new Date());
      if (settled !== state)
        return { answer: prior, next: await this.store.turnBySeq(session.organisationId, session.id, prior.seq + 1), session };
    }
    const following = await this.store.turnBySeq(session.organisationId, session.id, prior.seq + 1);
    return { answer: prior, next: following?.role === 'INTERVIEWER' ? following : null, session };
  }
}
