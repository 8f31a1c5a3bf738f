import { Injectable } from '@nestjs/common';
import { LivePublisher, LiveTopic, type ReplyEvent } from '#live';
import type { LlmUsage } from '#llm';
import { LlmUsageRecorder } from '#llm/usage';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import { Interviewer, type InterviewerStep, WINDOW_TURNS } from '../interviewer/interviewer.service.js';
import type { InterviewerState } from '../interviewer/interviewer-state.type.js';
import { parseInterviewerState } from '../interviewer/interviewer-state.util.js';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';
import { InterviewModels } from './interview-models.service.js';
import { questionPieces } from './question-stream.util.js';
import { type LockedSession, type ReplyWrite, SessionStore } from './session-store.service.js';

/** How long a reply may be in the writing before the next request repairs it (a crash between the two writes). */
const leaseMs = (budgetMs: number): number => 2 * budgetMs + 10_000;

/**
 * Writes the interviewer's reply to a stored answer. The model runs after the answer's
 * transaction committed and gave its connection back; the reply, the metering of the model
 * calls and the COMMIT then leave together, the reply written only if the session still awaits it.
 */
@Injectable()
export class ReplyWriter {
  constructor(
    private readonly interviewer: Interviewer,
    private readonly models: InterviewModels,
    private readonly store: SessionStore,
    private readonly usage: LlmUsageRecorder,
    private readonly live: LivePublisher,
  ) {}

  /**
   * `state` has the answer recorded (`awaitingReply` set) and committed; no transaction is open.
   * The owner's live subscribers see the question as the model writes it (when it streams), then
   * the stored turn once it is committed.
   */
  async reply(
    locked: LockedSession,
    state: InterviewerState,
    answer: SessionTurnEntity,
    window: LockedSession['lastTurns'] = [],
  ): Promise<SessionTurnEntity | null> {
    const { session, organisation } = locked;
    const usage: LlmUsage[] = [];
    const topic = LiveTopic.reply(session.organisationId, session.id);
    const publish = (event: ReplyEvent) => void this.live.now(topic, event);
    const onQuestion = questionPieces((piece) => publish({ kind: 'text', answerTurnId: answer.id, ...piece }));
    const context = this.models.context(session.organisationId, organisation, new Date(), {
      usage,
      window: (window ?? []).map(windowEntry),
      onQuestion,
    });
    const step = await this.interviewer.respond(state, answer.content, context);
    const metering = this.usage.statementFor(usage);
    const turn = step
      ? await this.store.writeReply(session, this.replyOf(state, step), { along: metering ? [metering] : [], commit: true })
      : null;
    // Committed with the reply's own statement: published now.
    publish({ kind: 'turn', answerTurnId: answer.id, turnId: turn?.id ?? null });
    return turn;
  }

  /**
   * A session awaiting a reply takes no new answer: SESSION_BUSY while the reply may still be in
   * the writing; past its lease (the process writing it died), the reply is restored now from the
   * plan, without a model, in the current transaction. Returns the state to continue from.
   */
  async settleAwaiting(locked: LockedSession, state: InterviewerState, now: Date): Promise<InterviewerState> {
    const awaiting = state.awaitingReply;
    if (!awaiting) return state;
    if (now.getTime() - Date.parse(awaiting.since) < leaseMs(this.interviewer.budgetMs)) {
      throw new InterviewsException(
        'The interviewer is still replying to your previous answer; try again in a moment',
        InterviewsExceptionCode.SESSION_BUSY,
      );
    }
    const { session, organisation } = locked;
    const answer = await this.store.turnBySeq(session.organisationId, session.id, awaiting.seq);
    if (!answer) return { ...state, awaitingReply: null };
    const window = await this.store.recentTurns(session.organisationId, session.id, awaiting.seq, WINDOW_TURNS - 1);
    const context = this.models.context(session.organisationId, organisation, now, { plannedOnly: true, window: window.map(windowEntry) });
    const step = await this.interviewer.respond(state, answer.content, context);
    if (!step) return { ...state, awaitingReply: null };
    await this.store.writeReply(session, this.replyOf(state, step));
    return parseInterviewerState(session.interviewerState);
  }

  private replyOf(state: InterviewerState, step: InterviewerStep): ReplyWrite {
    const model = step.model;
    return {
      answerSeq: state.awaitingReply!.seq,
      turn: {
        seq: state.nextSeq,
        role: 'INTERVIEWER',
        content: step.turn.content,
        stage: step.turn.stage,
        questionRef: step.turn.questionRef,
      },
      state: step.state,
      audit: model ? { provider: model.provider, model: model.model, promptVersion: model.promptVersion } : null,
      pause: step.pause,
      sensitive: step.sensitive,
    };
  }
}

const windowEntry = (turn: Pick<SessionTurnEntity, 'role' | 'content'>) => ({
  role: turn.role === 'PARTICIPANT' ? ('participant' as const) : ('interviewer' as const),
  text: turn.content,
});
