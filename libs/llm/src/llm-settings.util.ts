import type { LlmSettings } from './llm.config.js';

/**
 * Lays an organisation's partial override over the deployment default. When the override switches
 * provider, the default's model, endpoint and key belong to another provider and are not inherited;
 * when it changes the endpoint, the default's key is not inherited either.
 */
export function mergeLlmSettings(defaults: LlmSettings, override?: Partial<LlmSettings>): LlmSettings {
  if (!override) return { ...defaults };
  const defined = Object.fromEntries(
    Object.entries(override).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<LlmSettings>;
  const switchesProvider = defined.provider !== undefined && defined.provider !== defaults.provider;
  // The deployment's key is never sent to an endpoint the organisation chose.
  const changesEndpoint = defined.baseUrl !== undefined && defined.baseUrl !== defaults.baseUrl;
  const base: LlmSettings = switchesProvider
    ? {
        provider: defined.provider!,
        timeoutMs: defaults.timeoutMs,
        maxRetries: defaults.maxRetries,
        structuredOutput: defaults.structuredOutput,
      }
    : changesEndpoint
      ? { ...defaults, apiKey: undefined }
      : defaults;
  return { ...base, ...defined };
}

/** Settings in a form safe for logs: the API key is reduced to whether one is present. */
export function describeLlmSettings(settings: LlmSettings): Record<string, unknown> {
  const { apiKey, ...rest } = settings;
  return { ...rest, apiKey: apiKey ? '[set]' : '[unset]' };
}
