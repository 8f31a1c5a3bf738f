import { type BaseMessage, HumanMessage } from '@langchain/core/messages';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ChatModelFactory, type ChatModelHandle } from './chat-model.factory.js';
import { type LlmConfig, type LlmSettings, llmConfig } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';
import { mergeLlmSettings } from './llm-settings.util.js';
import type { LlmCallContext, LlmOutcome, LlmResult, LlmTask, LlmUsage } from './llm-task.interface.js';
import { OutputStream } from './util/output-stream.callback.js';
import { classifyProviderError, describeProviderError } from './util/provider-error.util.js';
import { type StructuredOutputMode, structuredCall } from './util/structured-call.util.js';
import { UsageTally } from './util/usage-tally.callback.js';

/** Re-asks after replies that do not fit the task (wrong shape, failed checks). */
const MAX_INVALID_REPLIES = 2;

/**
 * Runs a task against the configured chat model with langchain's primitives: the provider's
 * native structured output (`withStructuredOutput`), `withRetry` for transient provider failures
 * (rate limits, 5xx, timeouts, dropped connections; anything else stops at once), a per-attempt
 * timeout and an overall budget as abort signals, and a callback that meters every attempt.
 * A reply of the wrong shape is re-asked with its problems spelled out, a bounded number of
 * times. Prompt and participant text never reach logs or exception messages.
 */
@Injectable()
export class LlmRunner {
  private readonly logger = new Logger(LlmRunner.name);

  constructor(
    private readonly factory: ChatModelFactory,
    @Inject(llmConfig.KEY) private readonly config: LlmConfig,
  ) {}

  /** Overall wait an interview may spend on the model before the embedded heuristic decides. */
  get interviewBudgetMs(): number {
    return this.config.interviewBudgetMs;
  }

  async run<TOutput, TInput>(task: LlmTask<TOutput, TInput>, input: TInput, ctx: LlmCallContext): Promise<LlmResult<TOutput>> {
    const settings = mergeLlmSettings(this.config.defaults, ctx.settings);
    const handle = this.factory.create(settings);
    const started = Date.now();
    const tally = new UsageTally();
    const details = () => ({ task: task.version, provider: handle.provider, model: handle.modelName, attempts: tally.attempts });
    const finish = (outcome: LlmOutcome) => this.report(ctx, handle, task, tally, outcome, Date.now() - started);
    const budget = ctx.budgetMs !== undefined ? AbortSignal.timeout(ctx.budgetMs) : undefined;
    // What failed last: a budget that ran out while retrying a failing provider is that failure, not a timeout.
    let lastFailure: ReturnType<typeof classifyProviderError> | undefined;
    const call = structuredCall(handle.model, task, input, modeOf(settings))
      .withConfig({ timeout: settings.timeoutMs })
      .withRetry({
        stopAfterAttempt: settings.maxRetries + 1,
        onFailedAttempt: (error: unknown) => {
          const kind = classifyProviderError(error);
          lastFailure = kind;
          this.logger.warn(
            `${task.version} attempt ${tally.attempts} on ${handle.modelLabel} failed (${kind}: ${describeProviderError(error)})`,
          );
          // Throwing stops the retries: a fatal error, an unreadable reply (re-asked below), or no budget left.
          if (kind === 'fatal' || kind === 'invalid' || budget?.aborted) throw error;
        },
      });

    const callbacks = ctx.onOutput ? [tally, new OutputStream(ctx.onOutput)] : [tally];
    const prompt = task.build(input);
    let messages: BaseMessage[] = prompt;
    for (let invalid = 0; ; invalid++) {
      let reply: Awaited<ReturnType<typeof call.invoke>>;
      try {
        reply = await call.invoke(messages, { callbacks, signal: budget });
      } catch (error) {
        const kind = classifyProviderError(error);
        if (kind === 'invalid' && !budget?.aborted) {
          reply = { ok: false, problems: ['the reply was not valid JSON'] };
        } else {
          const timedOut = budget?.aborted ? lastFailure === undefined || lastFailure === 'timeout' : kind === 'timeout';
          await finish(timedOut ? 'timeout' : 'error');
          throw this.failure(timedOut, task, handle, error, details(), ctx.budgetMs);
        }
      }
      if (reply.ok) {
        await finish('ok');
        return { value: reply.value, provider: handle.provider, model: handle.modelName, promptVersion: task.version };
      }
      this.logger.warn(
        `${task.version} attempt ${tally.attempts} on ${handle.modelLabel} gave invalid output: ${reply.problems.join('; ')}`,
      );
      if (invalid >= MAX_INVALID_REPLIES) {
        await finish('invalid_output');
        throw new LlmException(
          `The model returned no valid ${task.name} output after ${tally.attempts} attempts`,
          LlmExceptionReason.INVALID_OUTPUT,
          {
            ...details(),
            problems: reply.problems,
          },
        );
      }
      // Re-ask with the problems spelled out; the original prompt stays first so the data is still there.
      messages = [
        ...prompt,
        new HumanMessage(`Your previous reply was not valid: ${reply.problems.join('; ')}. Reply again in the required shape.`),
      ];
    }
  }

  private failure(
    timedOut: boolean,
    task: LlmTask<unknown, never>,
    handle: ChatModelHandle,
    error: unknown,
    details: Record<string, unknown>,
    budgetMs?: number,
  ): LlmException {
    if (timedOut) {
      const within = budgetMs !== undefined ? ` within its ${budgetMs} ms budget` : '';
      return new LlmException(
        `LLM call for ${task.version} on ${handle.modelLabel} timed out${within}`,
        LlmExceptionReason.TIMEOUT,
        details,
        error,
      );
    }
    const cause = describeProviderError(error);
    return new LlmException(
      `LLM provider ${handle.modelLabel} failed for ${task.version} (${cause})`,
      LlmExceptionReason.PROVIDER_FAILED,
      { ...details, cause },
      error,
    );
  }

  private async report(
    ctx: LlmCallContext,
    handle: ChatModelHandle,
    task: LlmTask<unknown, never>,
    tally: UsageTally,
    outcome: LlmOutcome,
    latencyMs: number,
  ): Promise<void> {
    if (!ctx.onUsage) return;
    const usage: LlmUsage = {
      organisationId: ctx.organisationId,
      provider: handle.provider,
      model: handle.modelName,
      task: task.name,
      promptVersion: task.version,
      inputChars: tally.inputChars,
      outputChars: tally.outputChars,
      inputTokens: tally.inputTokens,
      outputTokens: tally.outputTokens,
      latencyMs,
      outcome,
      attempts: tally.attempts,
    };
    try {
      await ctx.onUsage(usage);
    } catch (error) {
      // Metering must never turn a successful call into a failure.
      this.logger.warn(`Usage callback failed for ${task.version}: ${error instanceof Error ? error.name : 'unknown error'}`);
    }
  }
}

/** The embedded model answers in JSON text; other providers use their native structured output unless configured otherwise. */
function modeOf(settings: LlmSettings): StructuredOutputMode {
  return settings.provider === 'embedded' ? 'json' : (settings.structuredOutput ?? 'native');
}
