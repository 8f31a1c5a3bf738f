import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WebhookEndpointEntity } from '../../entities/webhook-endpoint.entity.js';
import { WebhookEventType } from './webhook-event-type.enum-type.js';

@ObjectType('WebhookEndpoint', {
  description: 'Where the organisation receives events (the signing secret is shown only when created or rotated)',
})
export class WebhookEndpointModel {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEventType])
  events: WebhookEventType[];

  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Why the endpoint is disabled (too many failures in a row, or an administrator)' })
  disabledReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  disabledAt: Date | null;

  @Field(() => Int, { description: 'Failed delivery attempts since the last success' })
  consecutiveFailures: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(entity: WebhookEndpointEntity): WebhookEndpointModel {
    return Object.assign(new WebhookEndpointModel(), {
      id: entity.id,
      url: entity.url,
      events: entity.events,
      enabled: entity.enabled,
      disabledReason: entity.disabledReason,
      disabledAt: entity.disabledAt,
      consecutiveFailures: entity.consecutiveFailures,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}
