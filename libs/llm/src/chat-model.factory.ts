import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { Injectable } from '@nestjs/common';
import { assertNever } from '#common';
import { EmbeddedChatModel } from './embedded/embedded-chat-model.js';
import type { LlmSettings } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';

export interface ChatModelHandle {
  model: BaseChatModel;
  provider: string;
  modelName: string;
  /** `embedded` or `provider:model`, e.g. `openai:gpt-4o-mini`. */
  modelLabel: string;
}

/** Used when LLM_MODEL is not set. */
export const DEFAULT_MODELS = {
  embedded: 'embedded',
  openai: 'gpt-4o-mini',
  anthropic: 'claude-haiku-4-5',
  ollama: 'llama3.1',
} as const;

// Clients hold connection pools; reuse them across calls but bound the number of distinct settings.
const MAX_CACHED_MODELS = 32;

/**
 * Builds the langchain chat model for a provider. Provider-side retries are disabled everywhere:
 * `LlmRunner` retries with langchain's `withRetry`, so attempts and usage are counted in one place.
 */
@Injectable()
export class ChatModelFactory {
  private readonly cache = new Map<string, ChatModelHandle>();

  create(settings: LlmSettings): ChatModelHandle {
    const key = JSON.stringify([
      settings.provider,
      settings.model,
      settings.baseUrl,
      settings.apiKey,
      settings.timeoutMs,
      settings.structuredOutput,
    ]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const handle = this.build(settings);
    if (this.cache.size >= MAX_CACHED_MODELS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, handle);
    return handle;
  }

  private build(settings: LlmSettings): ChatModelHandle {
    const provider = settings.provider;
    const modelName = settings.model ?? DEFAULT_MODELS[provider];
    const handle = (model: BaseChatModel): ChatModelHandle => ({
      model,
      provider,
      modelName,
      modelLabel: provider === 'embedded' ? 'embedded' : `${provider}:${modelName}`,
    });
    switch (provider) {
      case 'embedded':
        return handle(new EmbeddedChatModel());
      case 'openai':
        if (!settings.apiKey && !settings.baseUrl) throw missingKey(provider);
        return handle(
          new ChatOpenAI({
            model: modelName,
            // Self-hosted OpenAI-compatible servers (llama.cpp, vLLM) accept any key, but the SDK requires one.
            apiKey: settings.apiKey ?? 'not-needed',
            configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : undefined,
            timeout: settings.timeoutMs,
            maxRetries: 0,
          }),
        );
      case 'anthropic':
        if (!settings.apiKey) throw missingKey(provider);
        return handle(
          new ChatAnthropic({
            model: modelName,
            apiKey: settings.apiKey,
            anthropicApiUrl: settings.baseUrl,
            maxTokens: 4096,
            maxRetries: 0,
            clientOptions: { timeout: settings.timeoutMs, maxRetries: 0 },
          }),
        );
      case 'ollama':
        return handle(
          new ChatOllama({
            model: modelName,
            baseUrl: settings.baseUrl,
            headers: settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : undefined,
            // Natively, withStructuredOutput passes the JSON schema as `format`; otherwise decoding is constrained to JSON.
            format: settings.structuredOutput === 'json' ? 'json' : undefined,
            maxRetries: 0,
          }),
        );
      default:
        return assertNever(provider);
    }
  }
}

function missingKey(provider: string): LlmException {
  return new LlmException(`The ${provider} provider needs an API key`, LlmExceptionReason.MISCONFIGURED, { provider });
}
