import type { z } from 'zod';
import type { LlmTask } from '../llm-task.interface.js';
import { extractJsonObject } from './json-extract.util.js';

export type OutputCheck<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Turns raw model text into a validated value. Problems name paths and rules only, never values,
 * because values may echo participant text.
 */
export function checkModelOutput<TOutput, TInput>(task: LlmTask<TOutput, TInput>, input: TInput, text: string): OutputCheck<TOutput> {
  const json = extractJsonObject(text);
  if (json === undefined) return { ok: false, problems: ['reply contains no JSON object'] };
  return checkModelValue(task, input, json);
}

/** Validates a value a model produced (parsed JSON, or a native structured output) against the task. */
export function checkModelValue<TOutput, TInput>(task: LlmTask<TOutput, TInput>, input: TInput, value: unknown): OutputCheck<TOutput> {
  const parsed = task.schema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  const problems = task.verify?.(parsed.data, input) ?? [];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

function describeIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 8).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}
