import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { WebhooksModule } from '../webhooks.module.js';
import { DeliverWebhookProcessor } from './deliver-webhook.processor.js';
import { FanOutWebhookEventProcessor } from './fan-out-webhook-event.processor.js';
import { ResendWebhookDeliveriesProcessor } from './resend-webhook-deliveries.processor.js';

@Module({
  imports: [WebhooksModule, JobsModule],
  providers: [FanOutWebhookEventProcessor, DeliverWebhookProcessor, ResendWebhookDeliveriesProcessor],
})
export class WebhooksJobsModule {}
