import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LoggedAttempt } from '../../services/webhook-delivery-log.service.js';

@ObjectType('WebhookDeliveryAttempt', { description: 'One HTTP request of a delivery (the body is never shown)' })
export class WebhookDeliveryAttemptModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  deliveryId: string;

  @Field(() => ID, { description: 'The event id, the `id` of the payload' })
  eventId: string;

  @Field({ description: 'The event type, e.g. "summary.ready"' })
  eventType: string;

  @Field({ description: 'PENDING (retries ahead), SUCCEEDED or FAILED: the state of the whole delivery' })
  deliveryStatus: string;

  @Field(() => Int)
  attempt: number;

  @Field()
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when no response came" })
  statusCode: number | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => GraphQLISODateTime)
  attemptedAt: Date;

  static from({ attempt, delivery }: LoggedAttempt): WebhookDeliveryAttemptModel {
    return Object.assign(new WebhookDeliveryAttemptModel(), {
      id: attempt.id,
      deliveryId: delivery.id,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      deliveryStatus: delivery.status,
      attempt: attempt.attempt,
      succeeded: attempt.succeeded,
      statusCode: attempt.statusCode,
      durationMs: attempt.durationMs,
      error: attempt.error,
      attemptedAt: attempt.attemptedAt,
    });
  }
}
