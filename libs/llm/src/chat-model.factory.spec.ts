import { describe, expect, it } from '@jest/globals';
import { ChatAnthropic } from '@langchain/anthropic';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { ChatModelFactory } from './chat-model.factory.js';
import { EmbeddedChatModel } from './embedded/embedded-chat-model.js';
import { LlmExceptionReason } from './llm.exception.js';

const base = { timeoutMs: 1_000, maxRetries: 0 };

describe('ChatModelFactory', () => {
  const factory = new ChatModelFactory();

  it('builds each provider with a readable label', () => {
    expect(factory.create({ ...base, provider: 'embedded' })).toMatchObject({
      provider: 'embedded',
      modelName: 'embedded',
      modelLabel: 'embedded',
    });
    const openai = factory.create({ ...base, provider: 'openai', apiKey: 'k' });
    expect(openai.model).toBeInstanceOf(ChatOpenAI);
    expect(openai.modelLabel).toBe('openai:gpt-4o-mini');
    const local = factory.create({ ...base, provider: 'openai', baseUrl: 'http://127.0.0.1:9/v1', model: 'qwen' });
    expect(local.modelLabel).toBe('openai:qwen');
    expect(factory.create({ ...base, provider: 'anthropic', apiKey: 'k' }).model).toBeInstanceOf(ChatAnthropic);
    expect(factory.create({ ...base, provider: 'ollama', model: 'llama3.2' })).toMatchObject({ modelLabel: 'ollama:llama3.2' });
    expect(factory.create({ ...base, provider: 'ollama' }).model).toBeInstanceOf(ChatOllama);
    expect(factory.create({ ...base, provider: 'embedded' }).model).toBeInstanceOf(EmbeddedChatModel);
  });

  it('reuses the model for identical settings', () => {
    expect(factory.create({ ...base, provider: 'openai', apiKey: 'k' }).model).toBe(
      factory.create({ ...base, provider: 'openai', apiKey: 'k' }).model,
    );
  });

  it('refuses hosted providers without an API key', () => {
    expect(() => factory.create({ ...base, provider: 'anthropic' })).toThrow(
      expect.objectContaining({ reason: LlmExceptionReason.MISCONFIGURED }),
    );
    expect(() => factory.create({ ...base, provider: 'openai' })).toThrow('needs an API key');
  });
});
