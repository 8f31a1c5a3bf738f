import {
  type ActionPlan,
  actionPlanTask,
  DEFAULT_THEME_TAXONOMY,
  type InsightAnswer,
  insightAnswerTask,
  type LlmRunner,
  type LlmSettings,
  type SessionSummary,
  type SummaryTurn,
  summaryTask,
} from '#llm';
import type { EvalTranscript } from './interview-run.js';

export interface EvalInsights {
  /** The transcript's turns with the ids the summary cites (`t<index>`). */
  turns: SummaryTurn[];
  summary: SessionSummary;
  plan: ActionPlan;
  /** The persona's question about its own reflection, asked over its answers, when it has one. */
  answer: InsightAnswer | null;
  startDate: string;
}

const SESSION_ID = 'eval-session';
export const PLAN_START = '2026-01-05';

/**
 * What the participant gets after the interview, as the workers write it: the summary of the
 * transcript, the action plan from that summary, and the answer to a question they ask of it.
 */
export async function runInsights(transcript: EvalTranscript, runner: LlmRunner, settings: Partial<LlmSettings>): Promise<EvalInsights> {
  const context = { organisationId: '00000000-0000-4000-8000-00000000e7a1', settings };
  const turns: SummaryTurn[] = transcript.turns.map((turn, index) => ({
    id: `t${index}`,
    role: turn.role === 'interviewer' ? 'INTERVIEWER' : 'PARTICIPANT',
    content: turn.content,
    ...(turn.stage ? { stage: turn.stage } : {}),
    ...(turn.sensitive ? { sensitive: true } : {}),
  }));
  const { template } = transcript.persona;
  const summary = (
    await runner.run(summaryTask, { primaryQuestion: template.primaryQuestion, turns, taxonomy: DEFAULT_THEME_TAXONOMY }, context)
  ).value;
  const { strengths, gaps, themes, opportunities, suggestedActions, commitments } = summary;
  const plan = (
    await runner.run(
      actionPlanTask,
      { summary: { strengths, gaps, themes, opportunities, suggestedActions, commitments }, startDate: PLAN_START },
      context,
    )
  ).value;
  const question = transcript.persona.insights?.question;
  // The owner asks over their own answers, as askReflections retrieves them (distress exchanges included: they are theirs).
  const passages = turns.filter((t) => t.role === 'PARTICIPANT').map((t) => ({ sessionId: SESSION_ID, turnId: t.id, content: t.content }));
  const answer = question ? (await runner.run(insightAnswerTask, { question: question.ask, passages }, context)).value : null;
  return { turns, summary, plan, answer, startDate: PLAN_START };
}
