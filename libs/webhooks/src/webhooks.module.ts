import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { WebhookSender } from './delivery/webhook-sender.service.js';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity.js';
import { WebhookDeliveryAttemptEntity } from './entities/webhook-delivery-attempt.entity.js';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';
import { OverdueDeliveries } from './services/overdue-deliveries.service.js';
import { WebhookDeliveries } from './services/webhook-deliveries.service.js';
import { WebhookDeliveryLog } from './services/webhook-delivery-log.service.js';
import { WebhookEndpointsService } from './services/webhook-endpoints.service.js';
import { WebhookUrlCheck } from './services/webhook-url-check.service.js';
import { WebhookSubscriptionsModule } from './webhook-subscriptions.module.js';
import { webhooksConfig } from './webhooks.config.js';

/** Outbound webhooks: endpoints, deliveries and their log. Events come from the domain libs through `WebhookEvents` (#jobs). */
@Module({
  imports: [
    ConfigModule.forFeature(webhooksConfig),
    TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity, WebhookDeliveryAttemptEntity]),
    JobsModule,
    WebhookSubscriptionsModule,
  ],
  providers: [WebhookUrlCheck, WebhookEndpointsService, WebhookDeliveries, WebhookDeliveryLog, WebhookSender, OverdueDeliveries],
  exports: [WebhookEndpointsService, WebhookDeliveries, WebhookDeliveryLog, WebhookSender, OverdueDeliveries],
})
export class WebhooksModule {}
