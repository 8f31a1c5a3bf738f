import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JobName } from './job-name.enum.js';
import { JobProducer, jobIdOf } from './job-producer.service.js';

/**
 * The one call other libraries make when something that feeds the HR rollups changed for a
 * participant: a summary was written or deleted, consent changed, the member was removed.
 * Enqueues through the outbox in the caller's transaction, so the refresh runs after the commit.
 */
@Injectable()
export class RollupScheduler {
  constructor(private readonly jobs: JobProducer) {}

  participantChanged(organisationId: string, participantMembershipId: string): Promise<void> {
    // One id per change, not per participant: a finished job keeps its id for a day, and a later
    // change must not be swallowed by it. The outbox row keeps the id, so a re-send still collapses.
    return this.jobs.enqueue(
      JobName.RefreshParticipantRollup,
      { organisationId, participantMembershipId },
      { jobId: jobIdOf('rollup', participantMembershipId, randomUUID()) },
    );
  }
}
