import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { ChatModelFactory, type ChatModelHandle } from './chat-model.factory.js';
import type { LlmCallContext, LlmOutcome, LlmResult, LlmTask, LlmUsage } from './llm-task.interface.js';
import { llmConfig, type LlmConfig } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';
import { mergeLlmSettings } from './llm-settings.util.js';
import { backoffDelayMs, sleep } from './util/backoff.util.js';
import { AttemptTimeoutError, invokeWithTimeout } from './util/invoke-with-timeout.util.js';
import { checkModelOutput } from './util/output-check.util.js';
import { classifyProviderError, describeProviderError, type FailureKind } from './util/provider-error.util.js';

export interface LlmRunnerOptions {
  /** First back-off delay; doubles per retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Extra attempts after replies that are not valid JSON for the task. */
  maxInvalidOutputRetries: number;
}

export const LLM_RUNNER_OPTIONS = Symbol('LLM_RUNNER_OPTIONS');

const DEFAULT_OPTIONS: LlmRunnerOptions = { baseDelayMs: 500, maxDelayMs: 8_000, maxInvalidOutputRetries: 2 };

interface Tally {
  attempts: number;
  inputChars: number;
  outputChars: number;
  inputTokens?: number;
  outputTokens?: number;
}

/**
 * Runs a task against the configured chat model: per-attempt timeout, exponential back-off on
 * transient provider failures, JSON extraction and schema validation with bounded re-asks, and
 * one usage record per call. Prompt and participant text never reach logs or exception messages.
 */
@Injectable()
export class LlmRunner {
  private readonly logger = new Logger(LlmRunner.name);
  private readonly options: LlmRunnerOptions;

  constructor(
    private readonly factory: ChatModelFactory,
    @Inject(llmConfig.KEY) private readonly config: LlmConfig,
    @Optional() @Inject(LLM_RUNNER_OPTIONS) options?: Partial<LlmRunnerOptions>,
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  /** Overall wait an interview may spend on a follow-up before falling back to the planned question. */
  get interviewBudgetMs(): number {
    return this.config.interviewBudgetMs;
  }

  async run<TOutput, TInput>(task: LlmTask<TOutput, TInput>, input: TInput, ctx: LlmCallContext): Promise<LlmResult<TOutput>> {
    const settings = mergeLlmSettings(this.config.defaults, ctx.settings);
    const handle = this.factory.create(settings);
    const prompt = task.build(input);
    const started = Date.now();
    const deadline = ctx.budgetMs !== undefined ? started + ctx.budgetMs : Number.POSITIVE_INFINITY;
    const tally: Tally = { attempts: 0, inputChars: 0, outputChars: 0 };
    const finish = (outcome: LlmOutcome) => this.report(ctx, handle, task, tally, outcome, Date.now() - started);
    const details = () => ({ task: task.version, provider: handle.provider, model: handle.modelName, attempts: tally.attempts });

    let messages: BaseMessage[] = prompt;
    let failures = 0;
    let invalidReplies = 0;
    for (;;) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        await finish('timeout');
        throw new LlmException(`LLM call for ${task.version} ran out of its ${ctx.budgetMs} ms budget`, LlmExceptionReason.TIMEOUT, details());
      }
      tally.attempts++;
      let reply: AIMessageChunk;
      try {
        reply = await invokeWithTimeout(handle.model, messages, Math.min(settings.timeoutMs, remaining));
      } catch (error) {
        const kind: FailureKind = error instanceof AttemptTimeoutError ? 'timeout' : classifyProviderError(error);
        const retryable = kind !== 'fatal' && failures < settings.maxRetries;
        this.logger.warn(
          `${task.version} attempt ${tally.attempts} on ${handle.modelLabel} failed (${kind}: ${describeProviderError(error)})${retryable ? ', retrying' : ''}`,
        );
        if (!retryable) {
          await finish(kind === 'timeout' ? 'timeout' : 'error');
          throw this.failure(kind, task, handle, error, details());
        }
        failures++;
        await sleep(Math.min(backoffDelayMs(failures, this.options.baseDelayMs, this.options.maxDelayMs), deadline - Date.now()));
        continue;
      }

      const text = reply.text;
      this.count(tally, messages, reply, text);
      const check = checkModelOutput(task, input, text);
      if (check.ok) {
        await finish('ok');
        return { value: check.value, provider: handle.provider, model: handle.modelName, promptVersion: task.version };
      }
      this.logger.warn(`${task.version} attempt ${tally.attempts} on ${handle.modelLabel} gave invalid output: ${check.problems.join('; ')}`);
      if (invalidReplies >= this.options.maxInvalidOutputRetries) {
        await finish('invalid_output');
        throw new LlmException(
          `The model returned no valid ${task.name} output after ${tally.attempts} attempts`,
          LlmExceptionReason.INVALID_OUTPUT,
          { ...details(), problems: check.problems },
        );
      }
      invalidReplies++;
      // Re-ask with the problems spelled out; the original prompt stays first so the data is still there.
      messages = [
        ...prompt,
        new AIMessage(text),
        new HumanMessage(`That reply was not valid: ${check.problems.join('; ')}. Reply again with only the JSON object in the required shape.`),
      ];
    }
  }

  private failure(kind: FailureKind, task: LlmTask<unknown, never>, handle: ChatModelHandle, error: unknown, details: Record<string, unknown>): LlmException {
    const cause = describeProviderError(error);
    if (kind === 'timeout') {
      return new LlmException(`LLM call for ${task.version} on ${handle.modelLabel} timed out`, LlmExceptionReason.TIMEOUT, details, error);
    }
    return new LlmException(
      `LLM provider ${handle.modelLabel} failed for ${task.version} (${cause})`,
      LlmExceptionReason.PROVIDER_FAILED,
      { ...details, cause },
      error,
    );
  }

  private count(tally: Tally, messages: BaseMessage[], reply: AIMessageChunk, text: string): void {
    tally.inputChars += messages.reduce((sum, m) => sum + m.text.length, 0);
    tally.outputChars += text.length;
    const usage = reply.usage_metadata;
    if (usage) {
      tally.inputTokens = (tally.inputTokens ?? 0) + usage.input_tokens;
      tally.outputTokens = (tally.outputTokens ?? 0) + usage.output_tokens;
    }
  }

  private async report(ctx: LlmCallContext, handle: ChatModelHandle, task: LlmTask<unknown, never>, tally: Tally, outcome: LlmOutcome, latencyMs: number): Promise<void> {
    if (!ctx.onUsage) return;
    const usage: LlmUsage = {
      organisationId: ctx.organisationId,
      provider: handle.provider,
      model: handle.modelName,
      task: task.name,
      promptVersion: task.version,
      ...tally,
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
