import { Injectable } from '@nestjs/common';
import { analyzeAnswer, asksForRating } from './answer-analysis.util.js';
import { detectDistress } from './distress-detector.util.js';
import { FollowupWriter, type ModelContext, type WrittenQuestion } from './followup-writer.service.js';
import type { AgendaItem, InterviewerState, PendingQuestion } from './interviewer-state.type.js';
import { recordAnalysis, recordQuestion, unaskedAgenda } from './interviewer-state.util.js';
import { isSameQuestion, questionKey } from './question-text.util.js';
import { closingMessage, openingMessage, plannedMessage, supportMessage, type ClosedLoop } from './interviewer-messages.js';
import { decideNextStep, type AdaptiveNeed } from './next-question.policy.js';
import { SentimentAnalyzer } from './sentiment-analyzer.service.js';

/** One interviewer message, ready to be stored as a turn. */
export interface InterviewerTurn {
  content: string;
  questionRef: string;
  /** The stage key, or `closing`. */
  stage: string;
}

export interface InterviewerStep {
  turn: InterviewerTurn;
  state: InterviewerState;
  /** The model that wrote a follow-up, when one did. */
  model: WrittenQuestion | null;
}

export interface RespondContext extends ModelContext {
  supportResources: string | null;
  now: Date;
  /** No model call: only planned questions (used to restore a reply that a failure left unwritten). */
  plannedOnly?: boolean;
}

/**
 * The adaptive interviewer: opens with the welcome and the first question, then answers each
 * answer with a caring reply, a follow-up, the next planned question or the closing turn. It is
 * pure with respect to storage (state in, state out), so sessions and previews share it.
 */
@Injectable()
export class Interviewer {
  constructor(
    private readonly sentiment: SentimentAnalyzer,
    private readonly followups: FollowupWriter,
  ) {}

  get budgetMs(): number {
    return this.followups.budgetMs;
  }

  open(state: InterviewerState, parts: { title: string; welcomeMessage: string | null; closedLoop: ClosedLoop | null }, now: Date): InterviewerStep {
    const first = unaskedAgenda(state)[0];
    const question: Omit<PendingQuestion, 'seq'> = first
      ? { ref: first.ref, kind: 'planned', text: first.text, stage: first.stage }
      : { ref: 'primary', kind: 'planned', text: state.primaryQuestion, stage: 0 };
    const content = openingMessage({
      ...parts,
      primaryQuestion: state.primaryQuestion,
      firstStageTitle: state.stages[question.stage]?.title ?? 'your reflection',
      firstQuestion: question.text,
    });
    const extra = { ...(first ? this.askedExtra(state, first) : {}), ratingAsked: asksForRating(question.text) };
    const next = recordQuestion(state, question, extra, now);
    return { turn: { content, questionRef: question.ref, stage: this.stageKey(next, question.stage) }, state: next, model: null };
  }

  /** The reply to an answer; null once the closing turn was written. */
  async respond(state: InterviewerState, answer: string, ctx: RespondContext): Promise<InterviewerStep | null> {
    const pending = state.pending;
    if (state.finished || !pending) return null;
    const sentiment = this.sentiment.sentiment(answer);
    const analysis = analyzeAnswer(answer, { sentiment, scaleAsked: asksForRating(pending.text) });
    const current = recordAnalysis(state, analysis);
    const step = decideNextStep(current, analysis, detectDistress(answer, sentiment), ctx.now, { followups: !ctx.plannedOnly });

    switch (step.kind) {
      case 'support': {
        const support = supportMessage(step.level, ctx.supportResources, current.supportShown, step.planned?.text ?? null);
        const extra = { supportShown: current.supportShown + 1 };
        if (step.closeAfter || !support.question) {
          const content = `${support.content}\n\n${closingMessage(current.cta, step.closeAfter ? 'limit' : 'complete')}`;
          return this.closing(current, content, extra, ctx.now);
        }
        const planned = step.planned && support.question === step.planned.text ? step.planned : null;
        const question: Omit<PendingQuestion, 'seq'> = planned
          ? { ref: planned.ref, kind: 'planned', text: planned.text, stage: planned.stage }
          : { ref: `support:${current.supportShown}`, kind: 'support', text: support.question, stage: pending.stage };
        return this.ask(current, support.content, question, { ...extra, ...(planned ? this.askedExtra(current, planned) : {}) }, null, ctx.now);
      }
      case 'followup': {
        const written = await this.followups.write(
          {
            primaryQuestion: current.primaryQuestion,
            stage: current.stages[pending.stage] ?? { key: 'reflection', title: 'your reflection' },
            plannedNextQuestion: step.planned?.text ?? null,
            lastQuestion: pending.text,
            lastAnswer: answer,
            askedQuestions: current.asked,
            needs: step.need,
            sentimentHint: analysis.tone,
          },
          ctx,
        );
        // A model that proposes a question already on the agenda asks that question, counted as such.
        const writtenKey = written && questionKey(written.question);
        const onAgenda = writtenKey && unaskedAgenda(current).find((item) => isSameQuestion(item.text, writtenKey));
        if (onAgenda) return this.askPlanned(current, onAgenda, ctx.now);
        if (written) return this.ask(current, written.question, this.followupQuestion(pending, step.need, written.question), this.followupExtra(current, pending.stage, step.need), written, ctx.now);
        // No usable follow-up in time: the participant is never stuck, the plan goes on.
        return step.planned ? this.askPlanned(current, step.planned, ctx.now) : this.closing(current, closingMessage(current.cta, 'complete'), {}, ctx.now);
      }
      case 'planned':
        return this.askPlanned(current, step.item, ctx.now);
      case 'closing':
        return this.closing(current, closingMessage(current.cta, step.reason), {}, ctx.now);
    }
  }

  private askPlanned(state: InterviewerState, item: AgendaItem, now: Date): InterviewerStep {
    const newStage = item.stage !== state.stageIndex ? (state.stages[item.stage]?.title ?? null) : null;
    const question = { ref: item.ref, kind: 'planned' as const, text: item.text, stage: item.stage };
    return this.ask(state, plannedMessage(item.text, newStage), question, this.askedExtra(state, item), null, now);
  }

  private ask(state: InterviewerState, content: string, question: Omit<PendingQuestion, 'seq'>, extra: Partial<InterviewerState>, model: WrittenQuestion | null, now: Date): InterviewerStep {
    const next = recordQuestion(state, question, { ...extra, ratingAsked: state.ratingAsked || asksForRating(question.text) }, now);
    return { turn: { content, questionRef: question.ref, stage: this.stageKey(next, question.stage) }, state: next, model };
  }

  private closing(state: InterviewerState, content: string, extra: Partial<InterviewerState>, now: Date): InterviewerStep {
    return { turn: { content, questionRef: 'closing', stage: 'closing' }, state: recordQuestion(state, null, extra, now), model: null };
  }

  private followupQuestion(pending: PendingQuestion, need: AdaptiveNeed, text: string): Omit<PendingQuestion, 'seq'> {
    return { ref: `followup:${need}`, kind: 'followup', text, stage: pending.stage };
  }

  private followupExtra(state: InterviewerState, stage: number, need: AdaptiveNeed): Partial<InterviewerState> {
    const followups = [...state.followups];
    followups[stage] = (followups[stage] ?? 0) + 1;
    return { followups, followupKinds: [...state.followupKinds, `${stage}:${need}`] };
  }

  private askedExtra(state: InterviewerState, item: AgendaItem): Partial<InterviewerState> {
    return { askedRefs: [...state.askedRefs, item.ref] };
  }

  private stageKey(state: InterviewerState, stage: number): string {
    return state.stages[stage]?.key ?? 'reflection';
  }
}
