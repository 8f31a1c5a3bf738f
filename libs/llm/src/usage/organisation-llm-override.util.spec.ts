import { describe, expect, it } from '@jest/globals';
import { InputException } from '#common';
import { mergeLlmSettings } from '../llm-settings.util.js';
import { overrideSettings, parseLlmOverride, readStoredOverride } from './organisation-llm-override.util.js';

describe('organisation LLM override', () => {
  it('accepts the four providers and an http(s) endpoint', () => {
    expect(parseLlmOverride({ provider: ' OpenAI ', model: 'gpt-4o-mini', baseUrl: 'http://127.0.0.1:8080/v1' })).toEqual({
      provider: 'openai',
      model: 'gpt-4o-mini',
      baseUrl: 'http://127.0.0.1:8080/v1',
    });
    expect(parseLlmOverride({ provider: 'embedded', model: null, baseUrl: '' })).toEqual({ provider: 'embedded' });
  });

  it.each([
    [{ provider: 'gemini' }],
    [{ provider: 'openai', baseUrl: 'file:///etc/passwd' }],
    [{ provider: 'openai', baseUrl: 'https://user:secret@llm.example/v1' }],
    [{ provider: 'openai', model: 'bad model name!' }],
    [{ provider: 'embedded', baseUrl: 'http://x.test' }],
  ])('refuses %j', (input) => {
    expect(() => parseLlmOverride(input)).toThrow(InputException);
  });

  it('treats a malformed stored value as no override', () => {
    expect(readStoredOverride({ provider: 'nope' })).toBeNull();
    expect(readStoredOverride('openai')).toBeNull();
    expect(readStoredOverride({ provider: 'ollama', model: 'llama3.1' })).toEqual({ provider: 'ollama', model: 'llama3.1' });
  });

  it("never sends the deployment's key to an endpoint the organisation chose", () => {
    const defaults = { provider: 'openai' as const, model: 'gpt-4o-mini', apiKey: 'deployment-key', timeoutMs: 1000, maxRetries: 1 };
    expect(mergeLlmSettings(defaults, overrideSettings({ provider: 'openai', model: 'gpt-4o' })).apiKey).toBe('deployment-key');
    expect(mergeLlmSettings(defaults, overrideSettings({ provider: 'openai', baseUrl: 'http://evil.example/v1' })).apiKey).toBeUndefined();
  });
});
