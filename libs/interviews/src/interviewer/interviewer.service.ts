import { Injectable } from '@nestjs/common';
import { acknowledge, type InterviewTurnDecision, type InterviewTurnInput, type InterviewTurnWindowEntry } from '#llm';
import { type AnswerAnalysis, analyzeAnswer, asksForRating } from './answer-analysis.util.js';
import { detectDistress } from './distress-detector.util.js';
import {
  bridgeTo,
  type ClosedLoop,
  closingMessage,
  correctionAcknowledgement,
  openingMessage,
  welcomeBackMessage,
} from './interviewer-messages.js';
import type { AgendaItem, InterviewerState, PendingQuestion } from './interviewer-state.type.js';
import { mandatoryBase, recordQuestion, unaskedAgenda, withNote } from './interviewer-state.util.js';
import {
  ask,
  askPlanned,
  CLOSING_CHECK_REF,
  closeOrRecap,
  finalTurn,
  followUpExtra,
  type InterviewerStep,
} from './interviewer-steps.util.js';
import { afterSupportReply, crisisReply, pauseReply, skipReply, stopReply, supportReply, withDrops } from './listening-replies.util.js';
import { type ListeningSignals, readListening, wantsToGoOn } from './listening-signals.util.js';
import { SentimentAnalyzer } from './sentiment-analyzer.service.js';
import { checkTurn, type TurnDraft } from './turn-checks.util.js';
import { allowance, type Budget, budgetOf, gentlestPlanned, nextPlanned } from './turn-policy.util.js';
import { type ModelContext, TurnWriter } from './turn-writer.service.js';

export type { InterviewerStep, InterviewerTurn } from './interviewer-steps.util.js';

export interface RespondContext extends ModelContext {
  supportResources: string | null;
  now: Date;
  /** The last turns before the answer (oldest first), for the model's window and repeat detection. */
  window: InterviewTurnWindowEntry[];
  /** No model call: only planned questions (used to restore a reply that a failure left unwritten). */
  plannedOnly?: boolean;
}

/** Turns kept in the model's window: the prompt stays bounded however long the interview runs. */
export const WINDOW_TURNS = 6;
const ASKED_IN_PROMPT = 12;

/**
 * The interviewer. Each answer gets one decision: the policy settles safety, stop, pause, skip,
 * corrections and limits itself (rows 1-5 of the craft's decision table); otherwise the model,
 * real or embedded, decides with the conversation in view, and the policy checks the decision
 * against the craft's rules before it is asked. Pure with respect to storage: state in, state out.
 */
@Injectable()
export class Interviewer {
  constructor(
    private readonly sentiment: SentimentAnalyzer,
    private readonly writer: TurnWriter,
  ) {}

  get budgetMs(): number {
    return this.writer.budgetMs;
  }

  open(
    state: InterviewerState,
    parts: { title: string; welcomeMessage: string | null; closedLoop: ClosedLoop | null },
    now: Date,
  ): InterviewerStep {
    const first = unaskedAgenda(state)[0];
    const question: Omit<PendingQuestion, 'seq'> = first
      ? { ref: first.ref, kind: 'planned', text: first.text, stage: first.stage, topic: first.ref }
      : { ref: 'primary', kind: 'planned', text: state.primaryQuestion, stage: 0, topic: 'primary' };
    const content = openingMessage({
      ...parts,
      primaryQuestion: state.primaryQuestion,
      firstStageTopic: state.stages[question.stage]?.topic ?? 'your reflection',
      firstQuestion: question.text,
    });
    const next = recordQuestion(state, question, first ? { askedRefs: [first.ref] } : {}, now);
    return {
      turn: { content, questionRef: question.ref, stage: state.stages[question.stage]?.key ?? 'reflection' },
      state: next,
      model: null,
      pause: false,
      sensitive: false,
    };
  }

  /** Continues a session the interviewer paused (a break, a crisis): the gentlest question left, or the close. */
  reenter(state: InterviewerState, now: Date): InterviewerStep | null {
    if (state.finished || state.pending) return null;
    const item = state.distress ? gentlestPlanned(state) : nextPlanned(state, budgetOf(state, now));
    if (!item) return closeOrRecap(state, budgetOf(state, now).roomToRecap, now);
    const step = askPlanned(state, item, null, now);
    return { ...step, turn: { ...step.turn, content: welcomeBackMessage(item.text, state.openings) } };
  }

  /** The reply to an answer; null once the closing turn was written. */
  async respond(state: InterviewerState, answer: string, ctx: RespondContext): Promise<InterviewerStep | null> {
    if (state.finished) return null;
    const step = await this.reply(state, answer, ctx);
    // A distress answer and its support turn, and the answer to a support offer, stay the participant's alone.
    const supported = (step.state.distress?.supportTurns ?? 0) > (state.distress?.supportTurns ?? 0);
    const answersSupport = !!state.distress && (!state.pending || state.pending.kind === 'support');
    return supported || answersSupport ? { ...step, sensitive: true } : step;
  }

  private async reply(state: InterviewerState, answer: string, ctx: RespondContext): Promise<InterviewerStep> {
    const now = ctx.now;
    if (!state.pending && !state.distress && !ctx.plannedOnly) {
      // Answering after a break the participant asked for: carry on with the plan.
      const listening = readListening(answer, { lastQuestion: '', earlierAnswers: [] });
      if (listening.stop) return stopReply(state, now);
      const budget = budgetOf(state, now);
      const item = nextPlanned(state, budget);
      return item ? askPlanned(state, item, null, now) : closeOrRecap(state, budget.roomToRecap, now);
    }
    // An answer after the interviewer paused for distress reads like an answer to a support offer.
    const pending: PendingQuestion = state.pending ?? {
      seq: 0,
      ref: 'pause',
      kind: 'support',
      text: '',
      stage: state.stageIndex,
      topic: 'pause',
    };
    const sentiment = this.sentiment.sentiment(answer);
    const analysis = analyzeAnswer(answer, { sentiment, scaleAsked: asksForRating(pending.text) });
    const distress = detectDistress(answer, sentiment);
    const listening = readListening(answer, { lastQuestion: pending.text, earlierAnswers: earlierAnswers(ctx.window) });
    const current = withDrops(this.recordAnswer({ ...state, pending }, analysis, listening));
    const budget = budgetOf(current, now);

    if (distress === 'crisis') return crisisReply(current, ctx.supportResources, now);
    if (distress) return supportReply(current, answer, ctx.supportResources, budget, now);
    if (listening.pause) return pauseReply(current, now);
    if (listening.stop) return stopReply(current, now);
    if (pending.kind === 'support') return afterSupportReply(current, answer, wantsToGoOn(answer), budget, now);
    if (pending.ref === CLOSING_CHECK_REF)
      return finalTurn(current, closingMessage(current.cta, 'complete', !analysis.vague && analysis.words >= 4), 'complete', {}, now);
    if (budget.limitReached) return closeOrRecap(current, false, now);
    if (listening.skip) return skipReply(current, budget, now);
    return this.decide(current, answer, analysis, listening, budget, ctx);
  }

  /** Rows 6-13: the model decides with the conversation in view; the policy checks and falls back. */
  private async decide(
    state: InterviewerState,
    answer: string,
    analysis: AnswerAnalysis,
    listening: ListeningSignals,
    budget: Budget,
    ctx: RespondContext,
  ): Promise<InterviewerStep> {
    const now = ctx.now;
    const pending = state.pending!;
    const planned = nextPlanned(state, budget);
    const allowed = allowance(state, budget, analysis);
    const forcedAck = listening.correction ? correctionAcknowledgement(state.openings) : null;
    if (ctx.plannedOnly || (!planned && !allowed.followUp)) {
      return planned ? askPlanned(state, planned, forcedAck, now) : closeOrRecap(state, budget.roomToRecap, now);
    }
    const input = this.turnInput(state, answer, analysis, listening, planned, allowed, ctx.window);
    const draftOf = (decision: InterviewTurnDecision): TurnDraft | null => this.draft(state, decision, planned, forcedAck);
    const checkContext = {
      lastAnswer: answer,
      excluded: excludedTexts(state),
      asked: state.asked,
      movedAlready: state.stance === 'moved',
      distressed: !!state.distress,
    };
    const written = await this.writer.write(input, ctx, (decision) => {
      const draft = draftOf(decision);
      return draft ? checkTurn(draft, checkContext) : [];
    });
    if (!written?.decision.question) {
      const fallbackAck =
        forcedAck ?? acknowledge(answer, { usedOpenings: state.openings, vague: analysis.vague, rating: analysis.rating, phrases: [] });
      return planned ? askPlanned(state, planned, fallbackAck, now) : closeOrRecap(state, budget.roomToRecap, now);
    }
    const { decision } = written;
    const audit = { provider: written.provider, model: written.model, promptVersion: written.promptVersion };
    const noted = decision.notes.reduce((notes, note) => withNote(notes, note), state.notes);
    const withNotes = { ...state, notes: noted };
    const acknowledgement = forcedAck ?? decision.acknowledgement;
    const question = decision.question!;
    switch (decision.move) {
      case 'follow_up':
        return quoting(
          decision.quote,
          ask(
            withNotes,
            { acknowledgement },
            {
              ref: `followup:${decision.probe ?? 'tell_more'}`,
              kind: 'followup',
              text: question,
              stage: pending.stage,
              topic: pending.topic,
            },
            followUpExtra(state, pending.stage, pending.topic, decision.probe),
            now,
            audit,
          ),
        );
      case 'clarify':
        return ask(
          withNotes,
          { acknowledgement },
          { ...pending, text: question },
          { clarified: [...state.clarified, pending.ref] },
          now,
          audit,
        );
      case 'steer_back': {
        // Bringing them back either asks the planned question (then it counts as asked) or re-asks the pending one more plainly.
        const coversPlanned = !!planned && question.toLowerCase().includes(planned.text.slice(1).toLowerCase());
        const asked: Omit<PendingQuestion, 'seq'> = coversPlanned
          ? { ref: planned.ref, kind: 'planned', text: question, stage: planned.stage, topic: planned.ref }
          : { ...pending, text: question };
        const extra = {
          steered: [...state.steered, pending.stage],
          ...(coversPlanned ? { askedRefs: [...state.askedRefs, planned.ref] } : {}),
        };
        return ask(withNotes, { acknowledgement }, asked, extra, now, audit);
      }
      default:
        return planned ? askPlanned(withNotes, planned, acknowledgement, now, audit) : closeOrRecap(withNotes, budget.roomToRecap, now);
    }
  }

  /** What the answer settles before any reply: mandatory questions answered, a rating given, notes and stance. */
  private recordAnswer(state: InterviewerState, analysis: AnswerAnalysis, listening: ListeningSignals): InterviewerState {
    const ref = state.pending!.ref;
    const base = mandatoryBase(ref);
    const answered = !listening.skip && !listening.stop && !listening.pause && !listening.asksMeaning && !listening.offTopic;
    const mandatory =
      answered && ref.startsWith('mandatory:') && !state.mandatoryAnswered.includes(base)
        ? [...state.mandatoryAnswered, base]
        : state.mandatoryAnswered;
    const notes = listening.correction
      ? withNote(state.notes, { key: listening.alreadyMoved ? 'situation' : 'correction', text: listening.correction })
      : state.notes;
    return {
      ...state,
      mandatoryAnswered: mandatory,
      ratingGiven: state.ratingGiven || analysis.rating !== null,
      notes,
      stance: listening.alreadyMoved ? 'moved' : state.stance,
    };
  }

  private turnInput(
    state: InterviewerState,
    answer: string,
    analysis: AnswerAnalysis,
    listening: ListeningSignals,
    planned: AgendaItem | null,
    allowed: InterviewTurnInput['allowed'],
    window: InterviewTurnWindowEntry[],
  ): InterviewTurnInput {
    const pending = state.pending!;
    const stage = state.stages[pending.stage] ?? { key: 'reflection', title: 'your reflection', topic: 'your reflection' };
    return {
      primaryQuestion: state.primaryQuestion,
      goals: state.goals,
      stage,
      planned: planned
        ? {
            ref: planned.ref,
            text: planned.text,
            mandatory: planned.mandatory,
            newStageTopic: planned.stage !== pending.stage ? (state.stages[planned.stage]?.topic ?? null) : null,
          }
        : null,
      openMandatory: unaskedAgenda(state)
        .filter((item) => item.mandatory)
        .map((item) => item.text),
      window: [...window.slice(-(WINDOW_TURNS - 1)), { role: 'participant', text: answer }],
      lastQuestion: pending.text,
      lastAnswer: answer,
      notes: state.notes,
      askedQuestions: state.asked.slice(-ASKED_IN_PROMPT),
      allowed,
      signals: {
        words: analysis.words,
        vague: analysis.vague,
        asksMeaning: listening.asksMeaning,
        offTopic: listening.offTopic,
        saturated: listening.saturated,
        rating: analysis.rating,
        probesOnTopic: state.topicProbes[pending.topic] ?? 0,
      },
      probesUsed: state.probes[pending.stage] ?? [],
      usedOpenings: state.openings,
      avoidTopics: state.distress ? ['job market', 'pay', 'promotion', 'what holds you back'] : [],
    };
  }

  /** The turn a decision would ask, for the policy's checks; null when it asks nothing (the policy closes). */
  private draft(
    state: InterviewerState,
    decision: InterviewTurnDecision,
    planned: AgendaItem | null,
    forcedAck: string | null,
  ): TurnDraft | null {
    if (!decision.question) return null;
    const plannedMove = decision.move === 'next_question' || decision.move === 'move_on';
    const bridge =
      plannedMove && planned && planned.stage !== state.stageIndex ? bridgeTo(state.stages[planned.stage]!, state.openings) : null;
    return {
      acknowledgement: forcedAck ?? decision.acknowledgement,
      bridge,
      question: decision.question,
      quote: decision.quote,
      followUp: decision.move === 'follow_up',
    };
  }
}

const quoting = (quote: string | null, step: InterviewerStep): InterviewerStep => ({ ...step, turn: { ...step.turn, quote } });

function earlierAnswers(window: readonly InterviewTurnWindowEntry[]): string[] {
  return window.filter((entry) => entry.role === 'participant').map((entry) => entry.text);
}

/** Texts that are the interviewer's or the template's, never the participant's words to quote. */
function excludedTexts(state: InterviewerState): string[] {
  return [state.primaryQuestion, ...state.goals, ...state.asked, ...state.agenda.map((item) => item.text)];
}
