import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobName } from './job-name.enum.js';
import { JobProducer, jobIdOf } from './job-producer.service.js';
import type { WebhookEvent, WebhookEventInput } from './webhook-event.type.js';
import { WEBHOOK_SUBSCRIPTIONS, type WebhookSubscriptions } from './webhook-subscriptions.type.js';

/**
 * How a domain lib announces a change to the organisation's webhook endpoints: the event goes
 * into the outbox in the caller's transaction (so it exists if and only if the change committed),
 * and the webhooks lib's worker fans it out to the endpoints subscribed to it. Events of
 * organisations with no endpoint listening are dropped here (when the webhooks lib is loaded).
 */
@Injectable()
export class WebhookEvents {
  constructor(
    private readonly jobs: JobProducer,
    @Optional() @Inject(WEBHOOK_SUBSCRIPTIONS) private readonly subscriptions?: WebhookSubscriptions,
  ) {}

  emit(input: WebhookEventInput): Promise<void> {
    return this.emitAll([input]);
  }

  /** Several events in one statement (the schedulers emit a chunk at a time). */
  async emitAll(inputs: readonly WebhookEventInput[]): Promise<void> {
    const listened = await this.listenedTo(inputs);
    if (!listened.length) return;
    const occurredAt = new Date().toISOString();
    await this.jobs.enqueueAll(
      JobName.FanOutWebhookEvent,
      listened.map((input) => {
        const event = { ...input, id: randomUUID(), occurredAt } as WebhookEvent;
        return { data: { organisationId: input.organisationId, event }, jobId: jobIdOf('webhook-event', event.id) };
      }),
    );
  }

  private async listenedTo(inputs: readonly WebhookEventInput[]): Promise<WebhookEventInput[]> {
    if (!inputs.length || !this.subscriptions) return [...inputs];
    const kept: WebhookEventInput[] = [];
    for (const type of new Set(inputs.map((input) => input.type))) {
      const ofType = inputs.filter((input) => input.type === type);
      const listening = await this.subscriptions.listening([...new Set(ofType.map((input) => input.organisationId))], type);
      kept.push(...ofType.filter((input) => listening.has(input.organisationId)));
    }
    return kept;
  }
}
