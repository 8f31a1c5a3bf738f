/** How a model is named to clients: `embedded`, or `provider:model` (e.g. `openai:gpt-4o-mini`). */
export const modelLabel = (provider: string, model: string): string => (provider === 'embedded' ? 'embedded' : `${provider}:${model}`);
