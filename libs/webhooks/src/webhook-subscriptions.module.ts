import { Global, Module } from '@nestjs/common';
import { WEBHOOK_SUBSCRIPTIONS } from '#jobs';
import { WebhookSubscriptionsService } from './services/webhook-subscriptions.service.js';

/**
 * Lets `WebhookEvents` (#jobs), wherever a domain lib uses it, skip organisations that have no
 * endpoint listening. Global because #jobs cannot import this lib (that would be a cycle).
 */
@Global()
@Module({
  providers: [WebhookSubscriptionsService, { provide: WEBHOOK_SUBSCRIPTIONS, useExisting: WebhookSubscriptionsService }],
  exports: [WEBHOOK_SUBSCRIPTIONS],
})
export class WebhookSubscriptionsModule {}
