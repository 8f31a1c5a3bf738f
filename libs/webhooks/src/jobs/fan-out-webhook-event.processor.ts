import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload, JobProducer, jobIdOf } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { WebhookDeliveries } from '../services/webhook-deliveries.service.js';

/**
 * Turns one domain event into one delivery per subscribed endpoint and queues their first
 * attempts. Re-running it (a re-delivered job, or a push that failed) creates nothing twice and
 * queues only first attempts not yet made, under the same job ids.
 */
@Injectable()
export class FanOutWebhookEventProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly deliveries: WebhookDeliveries,
    private readonly jobs: JobProducer,
  ) {}

  @JobHandler(JobName.FanOutWebhookEvent)
  async handle(data: JobPayload<JobName.FanOutWebhookEvent>): Promise<string> {
    const ids = await this.db.run(tenantScope(data.organisationId), () => this.deliveries.fanOut(data.event));
    for (const deliveryId of ids) {
      await this.jobs.enqueueDelayed(
        JobName.DeliverWebhook,
        { organisationId: data.organisationId, deliveryId, attempt: 1 },
        { jobId: jobIdOf('webhook-delivery', deliveryId, 1), delayMs: 0 },
      );
    }
    return `${ids.length} deliveries queued`;
  }
}
