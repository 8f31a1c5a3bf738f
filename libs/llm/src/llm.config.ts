import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { ConfigurationError } from '#config';

export const LLM_PROVIDERS = ['embedded', 'openai', 'anthropic', 'ollama'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];

/** Connection settings for one chat model; also the shape of a per-organisation override (partial). */
export interface LlmSettings {
  provider: LlmProvider;
  model?: string;
  baseUrl?: string;
  /** Secret: never log it (use `describeLlmSettings`). */
  apiKey?: string;
  /** Limit for one attempt. */
  timeoutMs: number;
  /** Retries after transient provider failures (429, 5xx, timeouts, network). */
  maxRetries: number;
  /**
   * `native`: the provider's structured output (OpenAI JSON schema, Anthropic tool use, Ollama
   * format). `json`: a prompted JSON object, for OpenAI-compatible servers without either.
   */
  structuredOutput?: 'native' | 'json';
}

export interface LlmConfig {
  defaults: LlmSettings;
  /** Total time an interview may wait for a follow-up question before using the planned one. */
  interviewBudgetMs: number;
  /**
   * Hosts an organisation admin may point their model at (`setOrganisationLlm` baseUrl); '*' is
   * any host. Keeps admins from making the worker call internal addresses in production.
   */
  allowedOverrideHosts: '*' | string[];
}

// `.env` files often carry `KEY=` lines; an empty value means "not set".
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

const positiveInt = (fallback: number) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Number(value)),
    z.number({ error: 'must be a number' }).int('must be an integer').positive('must be positive').default(fallback),
  );

const envSchema = z.object({
  LLM_PROVIDER: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined),
    z.enum(LLM_PROVIDERS, { error: `must be one of ${LLM_PROVIDERS.join(', ')}` }).default('embedded'),
  ),
  LLM_MODEL: optionalText,
  LLM_BASE_URL: optionalText.pipe(z.url({ error: 'must be an absolute URL' }).optional()),
  LLM_API_KEY: optionalText,
  LLM_TIMEOUT_MS: positiveInt(20_000),
  LLM_MAX_RETRIES: z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Number(value)),
    z.number({ error: 'must be a number' }).int('must be an integer').min(0, 'must be 0 or more').max(10, 'must be 10 or less').default(2),
  ),
  LLM_INTERVIEW_BUDGET_MS: positiveInt(4_000),
  LLM_STRUCTURED_OUTPUT: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined),
    z.enum(['native', 'json'], { error: 'must be native or json' }).default('native'),
  ),
  // Comma-separated host names, or '*'. Default: '*' outside production, none in production.
  LLM_ALLOWED_OVERRIDE_HOSTS: optionalText,
  NODE_ENV: optionalText,
});

/** Parses the `LLM_*` variables; the error names the offending variable but never echoes its value. */
export function parseLlmEnv(env: Record<string, string | undefined>): LlmConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigurationError(
      'LLM',
      result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'LLM_PROVIDER'), problem: issue.message })),
    );
  }
  const e = result.data;
  if ((e.LLM_PROVIDER === 'anthropic' || (e.LLM_PROVIDER === 'openai' && !e.LLM_BASE_URL)) && !e.LLM_API_KEY) {
    throw new ConfigurationError('LLM', [{ variable: 'LLM_API_KEY', problem: `required for provider ${e.LLM_PROVIDER}` }]);
  }
  return {
    defaults: {
      provider: e.LLM_PROVIDER,
      model: e.LLM_MODEL,
      baseUrl: e.LLM_BASE_URL,
      apiKey: e.LLM_API_KEY,
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
      structuredOutput: e.LLM_STRUCTURED_OUTPUT,
    },
    interviewBudgetMs: e.LLM_INTERVIEW_BUDGET_MS,
    allowedOverrideHosts: allowedHostsOf(e.LLM_ALLOWED_OVERRIDE_HOSTS, e.NODE_ENV),
  };
}

function allowedHostsOf(value: string | undefined, nodeEnv: string | undefined): '*' | string[] {
  if (value === undefined) return nodeEnv === 'production' ? [] : '*';
  if (value.trim() === '*') return '*';
  return value
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
}

/** Nest config namespace `llm`; `load` parses a given environment, as the other config concerns do. */
export const llmConfig = Object.assign(
  registerAs('llm', (): LlmConfig => parseLlmEnv(process.env)),
  { load: (source: Record<string, string | undefined> = process.env): LlmConfig => parseLlmEnv(source) },
);
