import { Field, ObjectType } from '@nestjs/graphql';
import type { EndpointWithSecret } from '../../services/webhook-endpoints.service.js';
import { WebhookEndpointModel } from './webhook-endpoint.model.js';

@ObjectType('WebhookEndpointSecret', { description: 'An endpoint with its signing secret: shown this once, never again' })
export class WebhookEndpointSecretModel {
  @Field(() => WebhookEndpointModel)
  endpoint: WebhookEndpointModel;

  @Field({ description: 'Verifies the Waypoint-Signature header of every delivery (see the README, Webhooks)' })
  signingSecret: string;

  static from({ endpoint, secret }: EndpointWithSecret): WebhookEndpointSecretModel {
    return Object.assign(new WebhookEndpointSecretModel(), { endpoint: WebhookEndpointModel.from(endpoint), signingSecret: secret });
  }
}
