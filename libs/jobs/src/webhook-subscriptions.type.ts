import type { WebhookEventType } from './webhook-event.type.js';

/**
 * Which organisations have an enabled endpoint listening to an event type. Implemented by the
 * webhooks lib (which owns the endpoints) and looked up by `WebhookEvents`, so that an event
 * nobody listens to costs no outbox row and no job.
 */
export interface WebhookSubscriptions {
  listening(organisationIds: readonly string[], type: WebhookEventType): Promise<ReadonlySet<string>>;
}

export const WEBHOOK_SUBSCRIPTIONS = Symbol('WEBHOOK_SUBSCRIPTIONS');
