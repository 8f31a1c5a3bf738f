import type { BaseMessage } from '@langchain/core/messages';
import type { z } from 'zod';
import type { LlmSettings } from './llm.config.js';
import type { OutputProgress } from './util/output-stream.callback.js';

/**
 * A versioned prompt: how to turn an input into messages and what the reply must look like. The
 * runner asks providers for the schema natively (structured output) or, where a provider cannot,
 * for JSON in plain text; either way the reply is parsed with `schema` and checked with `verify`.
 */
export interface LlmTask<TOutput, TInput = unknown> {
  /** Stable task id, e.g. `research-plan`. */
  readonly name: string;
  /** Name plus prompt revision, e.g. `research-plan@1`; stored with every generated artefact. */
  readonly version: string;
  readonly schema: z.ZodType<TOutput>;
  build(input: TInput): BaseMessage[];
  /**
   * Checks the schema cannot express because they need the input (e.g. cited ids must exist).
   * Returns problem descriptions without quoting user text; empty means valid.
   */
  verify?(output: TOutput, input: TInput): string[];
}

export type LlmOutcome = 'ok' | 'invalid_output' | 'error' | 'timeout';

/** One record per `LlmRunner.run` call; counts are totals over all attempts. */
export interface LlmUsage {
  organisationId: string;
  provider: string;
  model: string;
  task: string;
  promptVersion: string;
  inputChars: number;
  outputChars: number;
  inputTokens?: number;
  outputTokens?: number;
  latencyMs: number;
  outcome: LlmOutcome;
  attempts: number;
}

export interface LlmCallContext {
  organisationId: string;
  /** Per-organisation override, merged over the deployment default. */
  settings?: Partial<LlmSettings>;
  /** Wall-clock limit over all attempts and back-off waits (e.g. the interview budget). */
  budgetMs?: number;
  onUsage?: (usage: LlmUsage) => void | Promise<void>;
  /**
   * The reply as it is written, for providers that stream (the embedded model streams by
   * sentence): the model is then asked to stream, and each piece reports the attempt's raw reply so far.
   */
  onOutput?: (progress: OutputProgress) => void;
}

export interface LlmResult<TOutput> {
  value: TOutput;
  provider: string;
  model: string;
  promptVersion: string;
}
