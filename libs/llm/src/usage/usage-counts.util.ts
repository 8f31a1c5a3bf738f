import type { LlmUsage } from '../llm-task.interface.js';

const INT_MAX = 2_147_483_647;
const count = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.min(INT_MAX, Math.max(0, Math.round(value)));

/** One metered call as stored in `llm_usage`: counts and timings clamped to integers, never text. */
export function usageCounts(usage: LlmUsage) {
  return {
    provider: usage.provider,
    model: usage.model,
    task: usage.task,
    promptVersion: usage.promptVersion,
    inputChars: count(usage.inputChars) ?? 0,
    outputChars: count(usage.outputChars) ?? 0,
    inputTokens: count(usage.inputTokens),
    outputTokens: count(usage.outputTokens),
    latencyMs: count(usage.latencyMs) ?? 0,
    outcome: usage.outcome,
    attempts: count(usage.attempts) ?? 0,
  };
}
