import { describe, expect, it } from '@jest/globals';
import { JobName } from '../job-name.enum.js';
import { buildHandlerTable, type DiscoveredHandler } from './job-handler-registry.js';

const handler = (job: JobName, owner = 'A'): DiscoveredHandler => ({ job, owner, handle: async () => undefined });
const all = () => Object.values(JobName).map((job) => handler(job));

describe('buildHandlerTable', () => {
  it('accepts exactly one handler per job', () => {
    expect(buildHandlerTable(all()).size).toBe(Object.values(JobName).length);
  });

  it('refuses a job without a handler', () => {
    const handlers = all().filter((h) => h.job !== JobName.ExpireInvitations);
    expect(() => buildHandlerTable(handlers)).toThrow(`job "${JobName.ExpireInvitations}" has no handler`);
  });

  it('refuses a job with two handlers', () => {
    const handlers = [...all(), handler(JobName.SendInvitationEmail, 'B')];
    expect(() => buildHandlerTable(handlers)).toThrow(/has two handlers: A and B/);
  });
});
