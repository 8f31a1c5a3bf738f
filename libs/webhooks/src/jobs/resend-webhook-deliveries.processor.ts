import { Injectable } from '@nestjs/common';
import { JobName, type JobPayload, JobProducer, jobIdOf } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { OverdueDeliveries } from '../services/overdue-deliveries.service.js';

const SWEEP_EVERY_MS = 60_000;
const BATCH = 500;

/**
 * A retry waits in Redis as a delayed job: if Redis lost it, the delivery stays PENDING with its
 * next attempt overdue. This sweep queues that attempt again under its usual job id, so an attempt
 * whose job still exists is not queued twice.
 */
@Injectable()
export class ResendWebhookDeliveriesProcessor {
  constructor(
    private readonly overdue: OverdueDeliveries,
    private readonly jobs: JobProducer,
  ) {}

  @JobHandler(JobName.ResendWebhookDeliveries, { schedule: { id: 'webhook-delivery-sweep', every: SWEEP_EVERY_MS } })
  async sweep(data: JobPayload<JobName.ResendWebhookDeliveries>): Promise<{ queued: number }> {
    const cutoff = new Date(Date.now() - (data.olderThanSeconds ?? 60) * 1000);
    const overdue = await this.overdue.find(cutoff, BATCH);
    for (const { organisationId, deliveryId, nextAttempt } of overdue) {
      await this.jobs.enqueueDelayed(
        JobName.DeliverWebhook,
        { organisationId, deliveryId, attempt: nextAttempt },
        { jobId: jobIdOf('webhook-delivery', deliveryId, nextAttempt), delayMs: 0 },
      );
    }
    return { queued: overdue.length };
  }
}
