import { describe, expect, it } from '@jest/globals';
import { DiscoveryService } from '@nestjs/core';
import { JobName } from '../job-name.enum.js';
import type { JobPayload } from '../job-payloads.type.js';
import { JOB_HANDLER, JobHandler } from './job-handler.decorator.js';

class Handlers {
  @JobHandler(JobName.WriteSummary)
  async summary(data: JobPayload<JobName.WriteSummary>): Promise<string> {
    return data.sessionId;
  }

  // A handler whose payload is another job's does not compile (checked by `npm run typecheck`).
  // @ts-expect-error the payload of SendReminder is not the payload of WriteSummary
  @JobHandler(JobName.WriteSummary)
  async mismatched(data: JobPayload<JobName.SendReminder>): Promise<string> {
    return data.kind;
  }
}

describe('@JobHandler', () => {
  it('marks the method with its job name for the worker to discover', () => {
    const discovery = new DiscoveryService(undefined as never);
    const wrapper = { instance: new Handlers(), metatype: Handlers } as never;
    expect(discovery.getMetadataByDecorator(JOB_HANDLER, wrapper, 'summary')).toEqual({ job: JobName.WriteSummary });
  });

  it('carries the schedule of a recurring job', () => {
    class Sweeps {
      @JobHandler(JobName.DispatchOutbox, { schedule: { id: 'outbox-sweep', every: 10_000 } })
      async sweep(_data: JobPayload<JobName.DispatchOutbox>): Promise<void> {}
    }
    const discovery = new DiscoveryService(undefined as never);
    const wrapper = { instance: new Sweeps(), metatype: Sweeps } as never;
    expect(discovery.getMetadataByDecorator(JOB_HANDLER, wrapper, 'sweep')).toEqual({
      job: JobName.DispatchOutbox,
      schedule: { id: 'outbox-sweep', every: 10_000 },
    });
  });
});
