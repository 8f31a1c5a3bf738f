import { Injectable, Logger } from '@nestjs/common';
import { interviewFollowupTask, LlmRunner, type InterviewFollowupInput, type LlmSettings, type LlmUsage } from '#llm';
import { isOpenQuestion, isSameQuestion, questionKey } from './question-text.util.js';

export interface ModelContext {
  organisationId: string;
  /** The organisation's override of the deployment's model. */
  settings?: Partial<LlmSettings>;
  /** Wall-clock budget of the configured model; the embedded fallback runs in-process. */
  budgetMs: number;
  onUsage?: (usage: LlmUsage) => void | Promise<void>;
}

export interface WrittenQuestion {
  question: string;
  provider: string;
  model: string;
  promptVersion: string;
}

const EMBEDDED: Partial<LlmSettings> = { provider: 'embedded' };

/**
 * Asks the configured model for an adaptive follow-up within the interview's time budget. When it
 * fails, runs out of time, or writes a closed, leading or repeated question, the embedded model
 * answers instead; null means the interviewer moves on to its planned question.
 */
@Injectable()
export class FollowupWriter {
  private readonly logger = new Logger(FollowupWriter.name);

  constructor(private readonly runner: LlmRunner) {}

  get budgetMs(): number {
    return this.runner.interviewBudgetMs;
  }

  async write(input: InterviewFollowupInput, ctx: ModelContext): Promise<WrittenQuestion | null> {
    const primary = await this.attempt(input, ctx, ctx.settings, ctx.budgetMs);
    if (primary && 'question' in primary) return primary;
    if (primary?.provider === 'embedded') return null;
    const fallback = await this.attempt(input, ctx, EMBEDDED, undefined);
    return fallback && 'question' in fallback ? fallback : null;
  }

  private async attempt(
    input: InterviewFollowupInput,
    ctx: ModelContext,
    settings: Partial<LlmSettings> | undefined,
    budgetMs: number | undefined,
  ): Promise<WrittenQuestion | { provider: string } | null> {
    try {
      const result = await this.runner.run(interviewFollowupTask, input, { organisationId: ctx.organisationId, settings, budgetMs, onUsage: ctx.onUsage });
      const question = result.value.question.trim();
      const key = questionKey(question);
      if (!isOpenQuestion(question) || [...input.askedQuestions, input.lastQuestion].some((asked) => isSameQuestion(asked, key))) {
        this.logger.warn({ provider: result.provider, task: result.promptVersion }, 'follow-up rejected (closed, leading or repeated)');
        return { provider: result.provider };
      }
      return { question, provider: result.provider, model: result.model, promptVersion: result.promptVersion };
    } catch (error) {
      // LlmException messages carry no participant text.
      this.logger.warn({ organisationId: ctx.organisationId, err: error instanceof Error ? error.message : 'unknown' }, 'follow-up model failed; falling back');
      return null;
    }
  }
}
