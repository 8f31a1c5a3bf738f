import { Interviewer, SentimentAnalyzer, TurnWriter } from '#interviews/interviewer';
import { ChatModelFactory, LlmRunner, type LlmSettings, llmConfig } from '#llm';
import { gradeInsights, INSIGHT_CHECKS } from './insights-rubric.js';
import { type EvalInsights, runInsights } from './insights-run.js';
import { type CheckResult, gradeInterview, INTERVIEW_CHECKS } from './interview-rubric.js';
import { type EvalTranscript, runInterview } from './interview-run.js';
import { PERSONAS } from './personas/personas.fixture.js';
import type { ScriptedParticipant } from './personas/scripted-participant.js';

export interface PersonaScore {
  persona: string;
  transcript: EvalTranscript;
  insights: EvalInsights;
  /** Interview checks, then summary, action-plan and Q&A checks. */
  checks: CheckResult[];
}

const ALL_CHECKS = [...INTERVIEW_CHECKS, ...INSIGHT_CHECKS];

export interface Scorecard {
  provider: string;
  personas: PersonaScore[];
  /** Failures per check, over every persona. */
  failures: Record<string, number>;
  tokensPerTurn: { meanPrompt: number; meanCompletion: number; maxPrompt: number };
}

/** Interviews every scripted participant with one model and grades the transcripts. */
export async function scoreProvider(
  settings: Partial<LlmSettings>,
  env: Record<string, string | undefined> = process.env,
  personas: readonly ScriptedParticipant[] = PERSONAS,
): Promise<Scorecard> {
  const runner = new LlmRunner(new ChatModelFactory(), llmConfig.load(env));
  const interviewer = new Interviewer(new SentimentAnalyzer(), new TurnWriter(runner));
  const scores: PersonaScore[] = [];
  for (const persona of personas) {
    const transcript = await runInterview(persona, interviewer, runner, settings);
    const insights = await runInsights(transcript, runner, settings);
    scores.push({
      persona: persona.name,
      transcript,
      insights,
      checks: [...gradeInterview(transcript), ...gradeInsights(persona, insights)],
    });
  }
  const failures = Object.fromEntries(
    ALL_CHECKS.map((check) => [check, scores.reduce((n, s) => n + s.checks.find((c) => c.check === check)!.failures.length, 0)]),
  );
  const tokens = scores.flatMap((s) => s.transcript.turns.flatMap((t) => (t.tokens ? [t.tokens] : [])));
  const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0);
  return {
    provider: settings.provider ?? 'embedded',
    personas: scores,
    failures,
    tokensPerTurn: {
      meanPrompt: mean(tokens.map((t) => t.input)),
      meanCompletion: mean(tokens.map((t) => t.output)),
      maxPrompt: Math.max(0, ...tokens.map((t) => t.input)),
    },
  };
}

/** The scorecard as text: one line per persona, one per check, and the tokens per turn. */
export function formatScorecard(card: Scorecard, options: { details?: boolean } = {}): string {
  const lines = [`Interviewer scorecard: ${card.provider}`, '', `${'persona'.padEnd(30)} ${'turns'.padStart(5)}  checks passed`];
  for (const score of card.personas) {
    const passed = score.checks.filter((c) => c.failures.length === 0).length;
    lines.push(`${score.persona.padEnd(30)} ${String(score.transcript.turns.length).padStart(5)}  ${passed}/${score.checks.length}`);
    if (options.details) for (const c of score.checks) for (const f of c.failures) lines.push(`    ${c.check}: ${f}`);
  }
  lines.push('', `${'interview check'.padEnd(44)} failures`);
  for (const check of INTERVIEW_CHECKS) lines.push(`${check.padEnd(44)} ${card.failures[check]}`);
  lines.push('', `${'summary, action plan and Q&A check'.padEnd(44)} failures`);
  for (const check of INSIGHT_CHECKS) lines.push(`${check.padEnd(44)} ${card.failures[check]}`);
  const t = card.tokensPerTurn;
  lines.push('', `tokens per interviewer turn: prompt ${t.meanPrompt} mean, ${t.maxPrompt} max; completion ${t.meanCompletion} mean`);
  return lines.join('\n');
}

/** A transcript as the participant read it. */
export function formatTranscript(transcript: EvalTranscript): string {
  return transcript.turns
    .map((t, i) => `[${i}] ${t.role === 'interviewer' ? `AI (${t.questionRef ?? ''})` : 'ME'}: ${t.content}`)
    .join('\n');
}

/** The summary, plan and answer as the participant reads them. */
export function formatInsights(insights: EvalInsights): string {
  const { summary, plan, answer } = insights;
  const claims = (title: string, list: Array<{ text: string; turnIds: string[] }>) =>
    list.length ? [title, ...list.map((c) => `  - ${c.text} [${c.turnIds.join(', ')}]`)] : [];
  return [
    `SUMMARY: ${summary.overview}`,
    `score: ${summary.satisfactionScore} (${summary.satisfactionSource}${summary.satisfactionTurnId ? `, ${summary.satisfactionTurnId}` : ''})`,
    ...claims('strengths:', summary.strengths),
    ...claims('gaps:', summary.gaps),
    `themes: ${summary.themes.map((t) => `${t.label} ${t.sentiment}`).join('; ')}`,
    ...claims('opportunities:', summary.opportunities),
    ...claims('suggested actions:', summary.suggestedActions),
    ...claims(
      'commitments:',
      summary.commitments.map((c) => ({ ...c, text: `${c.text}${c.when ? ` (when: ${c.when})` : ''}` })),
    ),
    ...(summary.strain ? [`strain (owner only): ${summary.strain.text} [${summary.strain.turnIds.join(', ')}]`] : []),
    'PLAN:',
    ...plan.items.map((i) => `  ${i.dueInDays}d ${i.fromCommitment ? '*' : ' '} ${i.category}: ${i.title} [${i.sourceTurnIds.join(', ')}]`),
    ...(answer ? [`ANSWER: ${answer.answer}`, `  cites: ${answer.citations.map((c) => c.turnId).join(', ')}`] : []),
  ].join('\n');
}
