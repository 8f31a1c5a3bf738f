import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { isUuid } from '#common';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { DueSessionMaterialiser, type MaterialiseResult } from '../services/due-session-materialiser.service.js';
import { type DispatchResult, ReminderDispatcher } from '../services/reminder-dispatcher.service.js';
import { SessionExpirer } from '../services/session-expirer.service.js';

const EVERY_MS = 60_000;

export interface SchedulerRun {
  asOf: string;
  materialised: MaterialiseResult;
  expired: number;
  reminders: DispatchResult;
}

/**
 * The check-in scheduler, once a minute across organisations: materialise due sessions, expire
 * unstarted ones whose window passed, then queue the reminders that are due. `asOf` is the clock
 * (now unless the payload names an instant), so a run can be replayed for any moment.
 */
@Injectable()
export class MaterialiseDueSessionsProcessor {
  constructor(
    private readonly materialiser: DueSessionMaterialiser,
    private readonly expirer: SessionExpirer,
    private readonly reminders: ReminderDispatcher,
  ) {}

  @JobHandler(JobName.MaterialiseDueSessions, { schedule: { id: 'materialise-due-sessions', every: EVERY_MS } })
  async handle(data: JobPayload<JobName.MaterialiseDueSessions>): Promise<SchedulerRun> {
    const asOf = data.asOf ? new Date(data.asOf) : new Date();
    // A retry cannot fix a bad clock value.
    if (Number.isNaN(asOf.getTime())) throw new UnrecoverableError('asOf must be an ISO date');
    const organisations = data.organisationIds?.length ? data.organisationIds : null;
    if (organisations?.some((id) => !isUuid(id))) throw new UnrecoverableError('organisationIds must be UUIDs');
    const materialised = await this.materialiser.materialise(asOf, undefined, organisations);
    const expired = await this.expirer.expire(asOf, undefined, organisations);
    const reminders = await this.reminders.dispatch(asOf, undefined, organisations);
    return { asOf: asOf.toISOString(), materialised, expired, reminders };
  }
}
