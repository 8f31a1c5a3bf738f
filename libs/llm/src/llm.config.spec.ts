import { describe, expect, it } from '@jest/globals';
import { parseLlmEnv } from './llm.config.js';
import { describeLlmSettings, mergeLlmSettings } from './llm-settings.util.js';

describe('parseLlmEnv', () => {
  it('defaults to the embedded provider', () => {
    expect(parseLlmEnv({})).toEqual({
      defaults: {
        provider: 'embedded',
        model: undefined,
        baseUrl: undefined,
        apiKey: undefined,
        timeoutMs: 20_000,
        maxRetries: 2,
        structuredOutput: 'native',
      },
      interviewBudgetMs: 4_000,
      allowedOverrideHosts: '*',
    });
  });

  it('lets organisations point their model anywhere outside production, nowhere in production unless listed', () => {
    expect(parseLlmEnv({ NODE_ENV: 'production' }).allowedOverrideHosts).toEqual([]);
    expect(
      parseLlmEnv({ NODE_ENV: 'production', LLM_ALLOWED_OVERRIDE_HOSTS: 'llm.internal, Models.Example' }).allowedOverrideHosts,
    ).toEqual(['llm.internal', 'models.example']);
    expect(parseLlmEnv({ NODE_ENV: 'production', LLM_ALLOWED_OVERRIDE_HOSTS: '*' }).allowedOverrideHosts).toBe('*');
  });

  it('reads every variable and treats empty values as unset', () => {
    const config = parseLlmEnv({
      LLM_PROVIDER: ' OpenAI ',
      LLM_MODEL: 'qwen2.5-7b-instruct',
      LLM_BASE_URL: 'http://llama:8080/v1',
      LLM_API_KEY: '',
      LLM_TIMEOUT_MS: '15000',
      LLM_MAX_RETRIES: '0',
      LLM_INTERVIEW_BUDGET_MS: '2500',
      LLM_STRUCTURED_OUTPUT: 'json',
    });
    expect(config.defaults).toEqual({
      provider: 'openai',
      model: 'qwen2.5-7b-instruct',
      baseUrl: 'http://llama:8080/v1',
      apiKey: undefined,
      timeoutMs: 15_000,
      maxRetries: 0,
      structuredOutput: 'json',
    });
    expect(config.interviewBudgetMs).toBe(2_500);
  });

  it.each([
    [{ LLM_PROVIDER: 'gpt' }, 'LLM_PROVIDER'],
    [{ LLM_STRUCTURED_OUTPUT: 'xml' }, 'LLM_STRUCTURED_OUTPUT'],
    [{ LLM_TIMEOUT_MS: 'soon' }, 'LLM_TIMEOUT_MS'],
    [{ LLM_TIMEOUT_MS: '-5' }, 'LLM_TIMEOUT_MS'],
    [{ LLM_MAX_RETRIES: '2.5' }, 'LLM_MAX_RETRIES'],
    [{ LLM_INTERVIEW_BUDGET_MS: '0' }, 'LLM_INTERVIEW_BUDGET_MS'],
    [{ LLM_BASE_URL: 'not a url' }, 'LLM_BASE_URL'],
    [{ LLM_PROVIDER: 'anthropic' }, 'LLM_API_KEY'],
    [{ LLM_PROVIDER: 'openai' }, 'LLM_API_KEY'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => parseLlmEnv(env)).toThrow(variable);
  });

  it('never echoes the API key', () => {
    const secret = 'sk-very-secret';
    expect(() => parseLlmEnv({ LLM_API_KEY: secret, LLM_TIMEOUT_MS: 'x' })).toThrow(/^(?!.*sk-very-secret)/s);
    const { defaults } = parseLlmEnv({ LLM_PROVIDER: 'anthropic', LLM_API_KEY: secret });
    expect(JSON.stringify(describeLlmSettings(defaults))).not.toContain(secret);
  });
});

describe('mergeLlmSettings', () => {
  const defaults = { provider: 'openai' as const, model: 'gpt-4o-mini', apiKey: 'k', timeoutMs: 20_000, maxRetries: 2 };

  it('lays an organisation override over the default, ignoring undefined fields', () => {
    expect(mergeLlmSettings(defaults, { model: 'gpt-4o', timeoutMs: undefined })).toEqual({ ...defaults, model: 'gpt-4o' });
  });

  it('does not carry model, endpoint or key over to a different provider', () => {
    expect(mergeLlmSettings(defaults, { provider: 'ollama', baseUrl: 'http://ollama:11434' })).toEqual({
      provider: 'ollama',
      baseUrl: 'http://ollama:11434',
      timeoutMs: 20_000,
      maxRetries: 2,
    });
  });
});
