import { LLM_PROVIDERS, type LlmProvider, type LlmSettings } from '#llm';

/**
 * The per-organisation model override stored in `organisations.settings.llm`, reduced to the
 * fields an organisation may set (never an API key: keys only come from configuration).
 */
export function organisationLlmOverride(raw: unknown): Partial<LlmSettings> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const source = raw as Record<string, unknown>;
  const override: Partial<LlmSettings> = {};
  if (typeof source.provider === 'string' && (LLM_PROVIDERS as readonly string[]).includes(source.provider)) {
    override.provider = source.provider as LlmProvider;
  }
  if (typeof source.model === 'string' && source.model.trim()) override.model = source.model.trim();
  if (typeof source.baseUrl === 'string' && /^https?:\/\//.test(source.baseUrl)) override.baseUrl = source.baseUrl;
  if (Number.isInteger(source.timeoutMs) && (source.timeoutMs as number) > 0) override.timeoutMs = source.timeoutMs as number;
  if (Number.isInteger(source.maxRetries) && (source.maxRetries as number) >= 0 && (source.maxRetries as number) <= 10) {
    override.maxRetries = source.maxRetries as number;
  }
  return Object.keys(override).length ? override : undefined;
}
