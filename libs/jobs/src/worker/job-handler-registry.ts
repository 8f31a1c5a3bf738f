import { JobName } from '../job-name.enum.js';
import type { JobSchedule } from './job-handler.decorator.js';

/** What a handler knows about the delivery: `finalAttempt` lets it record a lasting failure. */
export interface JobMeta {
  jobId: string;
  attempt: number;
  finalAttempt: boolean;
}

export type BoundJobHandler = (data: unknown, meta: JobMeta) => Promise<unknown>;

export interface DiscoveredHandler {
  job: JobName;
  owner: string;
  handle: BoundJobHandler;
  schedule?: JobSchedule;
}

/**
 * Checks that every job name has exactly one handler. Called at worker boot: a job without a
 * handler would sit in Redis forever, and two handlers would race; both are deployment errors.
 */
export function buildHandlerTable(
  handlers: DiscoveredHandler[],
  expected: JobName[] = Object.values(JobName),
): Map<JobName, DiscoveredHandler> {
  const table = new Map<JobName, DiscoveredHandler>();
  const problems: string[] = [];
  for (const handler of handlers) {
    const existing = table.get(handler.job);
    if (existing) problems.push(`job "${handler.job}" has two handlers: ${existing.owner} and ${handler.owner}`);
    else table.set(handler.job, handler);
  }
  for (const job of expected) {
    if (!table.has(job)) problems.push(`job "${job}" has no handler`);
  }
  if (problems.length) throw new Error(`Refusing to start the worker: ${problems.join('; ')}`);
  return table;
}
