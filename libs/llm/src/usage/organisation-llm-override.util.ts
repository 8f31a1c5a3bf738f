import { InputException, type InvalidField, isOutboundUrl, MAX_OUTBOUND_URL } from '#common';
import { LLM_PROVIDERS, type LlmProvider, type LlmSettings } from '../llm.config.js';

/** What an organisation may choose; keys never: they come from the deployment's configuration. */
export interface OrganisationLlmOverride {
  provider: LlmProvider;
  model?: string;
  baseUrl?: string;
}

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/;

/** Validates an admin's choice; throws BAD_USER_INPUT naming the fields (never echoing values). */
export function parseLlmOverride(input: { provider: string; model?: string | null; baseUrl?: string | null }): OrganisationLlmOverride {
  const problems: InvalidField[] = [];
  const provider = input.provider.trim().toLowerCase();
  if (!(LLM_PROVIDERS as readonly string[]).includes(provider))
    problems.push({ field: 'provider', problems: [`must be one of ${LLM_PROVIDERS.join(', ')}`] });
  const model = input.model?.trim() || undefined;
  if (model !== undefined && !MODEL_NAME.test(model))
    problems.push({ field: 'model', problems: ['must be a model name of at most 200 letters, digits or ._:/@+-'] });
  const baseUrl = input.baseUrl?.trim() || undefined;
  if (baseUrl !== undefined && !isOutboundUrl(baseUrl))
    problems.push({
      field: 'baseUrl',
      problems: [`must be an http or https URL without credentials, at most ${MAX_OUTBOUND_URL} characters`],
    });
  if (provider === 'embedded' && (model || baseUrl))
    problems.push({ field: 'provider', problems: ['the embedded model takes no model name or base URL'] });
  if (problems.length)
    throw new InputException(`Invalid LLM settings: ${problems.map((p) => `${p.field} ${p.problems.join(', ')}`).join('; ')}`, problems);
  return { provider: provider as LlmProvider, ...(model ? { model } : {}), ...(baseUrl ? { baseUrl } : {}) };
}

/** Reads a stored override back; anything malformed counts as no override. */
export function readStoredOverride(raw: unknown): OrganisationLlmOverride | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  try {
    return parseLlmOverride({
      provider: typeof value.provider === 'string' ? value.provider : '',
      model: typeof value.model === 'string' ? value.model : null,
      baseUrl: typeof value.baseUrl === 'string' ? value.baseUrl : null,
    });
  } catch {
    return null;
  }
}

/** The override as the partial settings `LlmRunner` merges over the deployment default. */
export function overrideSettings(override: OrganisationLlmOverride | null): Partial<LlmSettings> | undefined {
  return override ? { ...override } : undefined;
}
