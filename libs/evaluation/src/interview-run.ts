import {
  DEFAULT_CTA,
  type Interviewer,
  type InterviewerState,
  type InterviewerStep,
  newInterviewState,
  recordStoredAnswer,
  WINDOW_TURNS,
} from '#interviews/interviewer';
import { type LlmRunner, type LlmSettings, type LlmUsage, researchPlanTask } from '#llm';
import { type ScriptedParticipant, scripted } from './personas/scripted-participant.js';

export interface EvalTurn {
  role: 'interviewer' | 'participant';
  content: string;
  questionRef: string | null;
  /** Participant words the interviewer's question quotes (interviewer turns). */
  quote: string | null;
  /** Stage key of the question a participant turn answers, as sessions store it. */
  stage: string | null;
  sensitive: boolean;
  /** Model tokens spent on this interviewer turn (prompt, completion), summed over its calls. */
  tokens: { input: number; output: number } | null;
}

export interface EvalTranscript {
  persona: ScriptedParticipant;
  provider: string;
  turns: EvalTurn[];
  state: InterviewerState;
  /** Plan, goal and template texts: never the participant's words. */
  templateTexts: string[];
  /** The interviewer paused the session at some point. */
  pausedAt: number[];
}

export const SUPPORT_RESOURCES =
  'If you need to talk to someone now, call 988 (US) or Samaritans on 116 123 (UK and Ireland), or your employee assistance programme on 0800 123 456.';

/** Each answer takes this long on the evaluation's clock: the same script always meets the same limits. */
const ANSWER_MS = 40_000;
const MAX_ANSWERS = 60;

/**
 * Runs one scripted participant through a whole interview against the given model: the template's
 * research plan is written by the model, then every answer gets the interviewer's reply, exactly
 * as sessions do, without a database.
 */
export async function runInterview(
  persona: ScriptedParticipant,
  interviewer: Interviewer,
  runner: LlmRunner,
  settings: Partial<LlmSettings>,
): Promise<EvalTranscript> {
  const organisationId = '00000000-0000-4000-8000-00000000e7a1';
  const { template } = persona;
  const plan = await runner.run(
    researchPlanTask,
    {
      title: template.title,
      primaryQuestion: template.primaryQuestion,
      goals: template.goals,
      mandatoryQuestions: template.mandatoryQuestions,
    },
    { organisationId, settings },
  );
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  const now = () => new Date(clock);
  let state = newInterviewState({ ...template, plan: plan.value, cta: DEFAULT_CTA }, [], now());
  const reply = scripted(persona.script);
  const turns: EvalTurn[] = [];
  const pausedAt: number[] = [];
  const push = (step: InterviewerStep, usage: LlmUsage[] = []) => {
    const tokens = usage.length
      ? {
          input: sum(usage, (u) => u.inputTokens ?? Math.ceil(u.inputChars / 4)),
          output: sum(usage, (u) => u.outputTokens ?? Math.ceil(u.outputChars / 4)),
        }
      : null;
    turns.push({
      role: 'interviewer',
      content: step.turn.content,
      questionRef: step.turn.questionRef,
      quote: step.turn.quote ?? null,
      stage: null,
      sensitive: step.sensitive,
      tokens,
    });
    if (step.sensitive && turns.length >= 2) turns[turns.length - 2]!.sensitive = true;
    if (step.pause) pausedAt.push(turns.length - 1);
    state = step.state;
  };
  push(interviewer.open(state, { title: template.title, welcomeMessage: null, closedLoop: null }, now()));

  for (let index = 0; index < MAX_ANSWERS && !state.finished; index++) {
    if (!state.pending) {
      if (!persona.resumesAfterPause) break;
      const back = interviewer.reenter(state, now());
      if (!back) break;
      push(back);
    }
    const pending = state.pending;
    const answer = reply({
      question: turns[turns.length - 1]!.content,
      stageIndex: pending?.stage ?? state.stageIndex,
      kind: pending?.kind ?? 'paused',
      ref: pending?.ref ?? 'pause',
      answerIndex: index,
    });
    if (answer === null) break;
    clock += ANSWER_MS;
    const window = turns.slice(-(WINDOW_TURNS - 1)).map((t) => ({ role: t.role, text: t.content }));
    const stage = state.pending ? (state.stages[state.pending.stage]?.key ?? null) : 'closing';
    turns.push({
      role: 'participant',
      content: answer,
      questionRef: state.pending?.ref ?? null,
      quote: null,
      stage,
      sensitive: false,
      tokens: null,
    });
    const stored = recordStoredAnswer(state, state.nextSeq, now());
    const usage: LlmUsage[] = [];
    const step = await interviewer.respond(stored, answer, {
      organisationId,
      settings,
      budgetMs: interviewer.budgetMs,
      onUsage: (u) => void usage.push(u),
      supportResources: SUPPORT_RESOURCES,
      now: now(),
      window,
    });
    if (!step) break;
    push(step, usage);
  }
  return {
    persona,
    provider: settings.provider ?? 'embedded',
    turns,
    state,
    templateTexts: [template.primaryQuestion, ...template.goals, ...state.agenda.map((a) => a.text)],
    pausedAt,
  };
}

const sum = (usage: LlmUsage[], pick: (u: LlmUsage) => number): number => usage.reduce((total, u) => total + pick(u), 0);
