import { DiscoveryService } from '@nestjs/core';
import type { JobName } from '../job-name.enum.js';
import type { JobPayload } from '../job-payloads.type.js';
import type { JobMeta } from './job-handler-registry.js';

/** The discovery marker the worker looks up at boot. */
export const JOB_HANDLER = DiscoveryService.createDecorator<JobName>();

/** What a handler of `N` must accept: its own payload, so a mismatched one fails to compile. */
type HandlerOf<N extends JobName> = (data: JobPayload<N>, meta: JobMeta) => Promise<unknown>;

/** Marks a provider method as the handler of one job name: `@JobHandler(JobName.X)`. */
export function JobHandler<N extends JobName>(name: N) {
  return <T extends HandlerOf<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>): void => {
    JOB_HANDLER(name)(target, key, descriptor);
  };
}
