import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload, JobProducer, jobIdOf } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { WebhookSender } from '../delivery/webhook-sender.service.js';
import { WebhookDeliveries } from '../services/webhook-deliveries.service.js';
import { SIGNATURE_HEADER, signatureHeader } from '../signing/webhook-signature.util.js';

/**
 * One attempt of one delivery: read what to send, send it with no transaction open, record the
 * outcome, and queue the next attempt after its backoff when it failed. A re-delivered job whose
 * attempt was already recorded only makes sure the next one is queued (same job id, no duplicate).
 */
@Injectable()
export class DeliverWebhookProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly deliveries: WebhookDeliveries,
    private readonly sender: WebhookSender,
    private readonly jobs: JobProducer,
  ) {}

  @JobHandler(JobName.DeliverWebhook)
  async handle(data: JobPayload<JobName.DeliverWebhook>): Promise<string> {
    const scope = tenantScope(data.organisationId);
    const prepared = await this.db.run(scope, () => this.deliveries.prepare(data.organisationId, data.deliveryId, data.attempt));
    if (prepared.kind === 'skip') return `skipped: ${prepared.reason}`;
    if (prepared.kind === 'recorded') {
      await this.retryLater(data, prepared.retryInMs);
      return 'already attempted';
    }
    const sent = await this.sender.post(prepared.url, prepared.body, {
      [SIGNATURE_HEADER]: signatureHeader(prepared.secret, prepared.body),
      'Waypoint-Event': prepared.eventType,
      'Waypoint-Event-Id': prepared.eventId,
      'Waypoint-Delivery-Id': data.deliveryId,
      'Waypoint-Attempt': String(data.attempt),
      'user-agent': 'Waypoint-Webhooks/1',
    });
    const recorded = await this.db.run(scope, () =>
      this.deliveries.record(data.organisationId, data.deliveryId, prepared.endpointId, data.attempt, sent),
    );
    await this.retryLater(data, recorded.retryInMs);
    if (sent.succeeded) return `delivered (HTTP ${sent.statusCode})`;
    return `attempt ${data.attempt} failed: ${sent.error}${recorded.disabledEndpoint ? '; endpoint disabled' : recorded.retryInMs === null ? '; no retries left' : ''}`;
  }

  private async retryLater(data: JobPayload<JobName.DeliverWebhook>, delayMs: number | null): Promise<void> {
    if (delayMs === null) return;
    const next = data.attempt + 1;
    await this.jobs.enqueueDelayed(
      JobName.DeliverWebhook,
      { ...data, attempt: next },
      { jobId: jobIdOf('webhook-delivery', data.deliveryId, next), delayMs },
    );
  }
}
