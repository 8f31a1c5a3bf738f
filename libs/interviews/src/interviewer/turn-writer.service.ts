import { Injectable, Logger } from '@nestjs/common';
import {
  type InterviewTurnDecision,
  type InterviewTurnInput,
  interviewTurnTask,
  LlmRunner,
  type LlmSettings,
  type LlmUsage,
  partialJsonString,
} from '#llm';

export interface ModelContext {
  organisationId: string;
  /** The organisation's override of the deployment's model. */
  settings?: Partial<LlmSettings>;
  /** Wall-clock budget of the configured model; the embedded fallback runs in-process. */
  budgetMs: number;
  onUsage?: (usage: LlmUsage) => void | Promise<void>;
  /** The question as the model writes it (when it streams); `restarted` when an attempt began again. */
  onQuestion?: (soFar: string, restarted: boolean) => void;
}

export interface WrittenTurn {
  decision: InterviewTurnDecision;
  provider: string;
  model: string;
  promptVersion: string;
}

const EMBEDDED: Partial<LlmSettings> = { provider: 'embedded' };

/**
 * Asks the configured model for the interviewer's decision within the interview's time budget.
 * The decision is checked by the caller's policy (`problems`); when the model fails, runs out of
 * time or decides something the policy refuses, the embedded heuristic decides instead. Null
 * means neither produced a usable decision: the policy then asks its planned question.
 */
@Injectable()
export class TurnWriter {
  private readonly logger = new Logger(TurnWriter.name);

  constructor(private readonly runner: LlmRunner) {}

  get budgetMs(): number {
    return this.runner.interviewBudgetMs;
  }

  async write(
    input: InterviewTurnInput,
    ctx: ModelContext,
    problems: (decision: InterviewTurnDecision) => string[],
  ): Promise<WrittenTurn | null> {
    const primary = await this.attempt(input, ctx, ctx.settings, ctx.budgetMs, problems);
    if (primary && 'decision' in primary) return primary;
    if (primary?.provider === 'embedded') return null;
    const fallback = await this.attempt(input, ctx, EMBEDDED, undefined, problems);
    return fallback && 'decision' in fallback ? fallback : null;
  }

  private async attempt(
    input: InterviewTurnInput,
    ctx: ModelContext,
    settings: Partial<LlmSettings> | undefined,
    budgetMs: number | undefined,
    problems: (decision: InterviewTurnDecision) => string[],
  ): Promise<WrittenTurn | { provider: string } | null> {
    try {
      const onQuestion = ctx.onQuestion;
      const onOutput = onQuestion
        ? ({ raw, restarted }: { raw: string; restarted: boolean }) => onQuestion(partialJsonString(raw, 'question') ?? '', restarted)
        : undefined;
      const result = await this.runner.run(interviewTurnTask, input, {
        organisationId: ctx.organisationId,
        settings,
        budgetMs,
        onUsage: ctx.onUsage,
        onOutput,
      });
      const refused = problems(result.value);
      if (refused.length > 0) {
        // The problems name rules, never participant text.
        this.logger.warn(
          { provider: result.provider, task: result.promptVersion, problems: refused },
          'interviewer decision refused by the policy',
        );
        return { provider: result.provider };
      }
      return { decision: result.value, provider: result.provider, model: result.model, promptVersion: result.promptVersion };
    } catch (error) {
      // LlmException messages carry no participant text.
      this.logger.warn({ organisationId: ctx.organisationId, err: error }, 'interviewer model failed; falling back');
      return null;
    }
  }
}
