import { DiscoveryService } from '@nestjs/core';
import type { JobName } from '../job-name.enum.js';
import type { JobPayload } from '../job-payloads.type.js';
import type { JobMeta } from './job-handler-registry.js';

/**
 * A job the worker also runs on a schedule, once across all workers (a BullMQ job scheduler,
 * registered again whenever Redis comes back), with a payload that names no organisation.
 * `id` is the scheduler's key in Redis: keep it stable, or the old schedule keeps running.
 */
export type JobSchedule = { id: string } & ({ every: number } | { pattern: string });

/** What the worker looks up at boot: the job a method handles, and its schedule if any. */
export interface JobHandlerMeta {
  job: JobName;
  schedule?: JobSchedule;
}

/** The discovery marker the worker looks up at boot. */
export const JOB_HANDLER = DiscoveryService.createDecorator<JobHandlerMeta>();

/** What a handler of `N` must accept: its own payload, so a mismatched one fails to compile. */
type HandlerOf<N extends JobName> = (data: JobPayload<N>, meta: JobMeta) => Promise<unknown>;

/**
 * Marks a provider method as the handler of one job name: `@JobHandler(JobName.X)`, or
 * `@JobHandler(JobName.X, { schedule: { id: 'x-sweep', every: 60_000 } })` for a recurring job.
 */
export function JobHandler<N extends JobName>(name: N, options: { schedule?: JobSchedule } = {}) {
  return <T extends HandlerOf<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>): void => {
    JOB_HANDLER({ job: name, ...options })(target, key, descriptor);
  };
}
