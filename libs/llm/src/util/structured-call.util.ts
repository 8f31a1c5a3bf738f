import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessage, BaseMessage } from '@langchain/core/messages';
import { type Runnable, RunnableLambda } from '@langchain/core/runnables';
import type { LlmTask } from '../llm-task.interface.js';
import { checkModelOutput, checkModelValue, type OutputCheck } from './output-check.util.js';

/** A model reply read against a task: the value, or the problems that make it invalid. */
export type StructuredReply<T> = OutputCheck<T>;

/**
 * How a model is asked for a task's structured output. `native` uses the provider's own
 * mechanism through langchain's `withStructuredOutput` (OpenAI JSON schema, Anthropic tool use,
 * Ollama `format`); `json` prompts for a JSON object and extracts it from the text, for servers
 * that have no structured output (and for the embedded model, whose replies are JSON text).
 */
export type StructuredOutputMode = 'native' | 'json';

export function structuredCall<TOutput, TInput>(
  model: BaseChatModel,
  task: LlmTask<TOutput, TInput>,
  input: TInput,
  mode: StructuredOutputMode,
): Runnable<BaseMessage[], StructuredReply<TOutput>> {
  if (mode === 'json') {
    return model.pipe(RunnableLambda.from((message: AIMessage) => checkModelOutput(task, input, message.text)));
  }
  const structured = model.withStructuredOutput(task.schema as never, {
    name: task.name.replace(/[^a-zA-Z0-9_-]/g, '_'),
    includeRaw: true,
  });
  return structured.pipe(
    RunnableLambda.from(
      (reply: { parsed: unknown; parsingError?: unknown }): StructuredReply<TOutput> =>
        reply.parsingError || reply.parsed == null
          ? { ok: false, problems: ['the reply did not match the required shape'] }
          : checkModelValue(task, input, reply.parsed),
    ),
  );
}
