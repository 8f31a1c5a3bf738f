import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JobName } from './job-name.enum.js';
import { JobProducer, jobIdOf } from './job-producer.service.js';
import type { WebhookEvent, WebhookEventInput } from './webhook-event.type.js';

/**
 * How a domain lib announces a change to the organisation's webhook endpoints: the event goes
 * into the outbox in the caller's transaction (so it exists if and only if the change committed),
 * and the webhooks lib's worker fans it out to the endpoints subscribed to it.
 */
@Injectable()
export class WebhookEvents {
  constructor(private readonly jobs: JobProducer) {}

  emit(input: WebhookEventInput): Promise<void> {
    return this.emitAll([input]);
  }

  /** Several events in one statement (the schedulers emit a chunk at a time). */
  async emitAll(inputs: readonly WebhookEventInput[]): Promise<void> {
    if (!inputs.length) return;
    const occurredAt = new Date().toISOString();
    await this.jobs.enqueueAll(
      JobName.FanOutWebhookEvent,
      inputs.map((input) => {
        const event = { ...input, id: randomUUID(), occurredAt } as WebhookEvent;
        return { data: { organisationId: input.organisationId, event }, jobId: jobIdOf('webhook-event', event.id) };
      }),
    );
  }
}
