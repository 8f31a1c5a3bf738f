import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks.module.js';
import { WebhookEndpointsResolver } from './webhook-endpoints.resolver.js';

@Module({
  imports: [WebhooksModule],
  providers: [WebhookEndpointsResolver],
})
export class WebhooksGraphqlModule {}
