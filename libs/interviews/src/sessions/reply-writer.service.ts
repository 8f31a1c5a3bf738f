import { Injectable } from '@nestjs/common';
import type { LlmUsage } from '#llm';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import type { InterviewerState } from '../interviewer/interviewer-state.type.js';
import { parseInterviewerState } from '../interviewer/interviewer-state.util.js';
import { Interviewer } from '../interviewer/interviewer.service.js';
import { InterviewModels } from './interview-models.service.js';
import type { HeldLock } from './session-lock.service.js';
import { SessionStore, type LockedSession } from './session-store.service.js';

/** Writes the interviewer's reply to a stored answer, under the caller's session lock. */
@Injectable()
export class ReplyWriter {
  constructor(
    private readonly interviewer: Interviewer,
    private readonly models: InterviewModels,
    private readonly store: SessionStore,
  ) {}

  /**
   * `state` is the session's state with the answer recorded (`awaitingReply` set). With `lock`,
   * the reply's statement also releases it and is committed at once (the last write of an answer).
   */
  async write(locked: LockedSession, state: InterviewerState, answer: string, options: { plannedOnly?: boolean; lock?: HeldLock } = {}): Promise<SessionTurnEntity | null> {
    const { session, organisation } = locked;
    const usage: LlmUsage[] = [];
    const context = this.models.context(session.organisationId, organisation, new Date(), { usage, plannedOnly: options.plannedOnly });
    const step = await this.interviewer.respond(state, answer, context);
    if (!step) return null;
    const audit = step.model ? { provider: step.model.provider, model: step.model.model, promptVersion: step.model.promptVersion } : null;
    const appended = this.store.appendTurn(
      session,
      { seq: state.nextSeq, role: 'INTERVIEWER', content: step.turn.content, stage: step.turn.stage, questionRef: step.turn.questionRef },
      step.state,
      { audit, usage, releaseLock: !!options.lock },
    );
    // The reply is the answer's last write: its commit leaves with it.
    const [{ turn, unlocked }] = options.lock ? await Promise.all([appended, options.lock.checkpoint()]) : [await appended];
    if (unlocked) options.lock?.released();
    return turn;
  }

  /**
   * Restores a reply that a failure after the answer's checkpoint left unwritten, without a model
   * call (the planned question), and returns the state that follows it.
   */
  async restoreMissing(locked: LockedSession, state: InterviewerState): Promise<InterviewerState> {
    if (!state.awaitingReply) return state;
    const answer = await this.store.turnBySeq(locked.session.organisationId, locked.session.id, state.awaitingReply.seq);
    if (!answer) return { ...state, awaitingReply: null };
    await this.write(locked, state, answer.content, { plannedOnly: true });
    return parseInterviewerState(locked.session.interviewerState);
  }
}
