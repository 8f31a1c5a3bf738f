import { registerEnumType } from '@nestjs/graphql';
import { WebhookEventType } from '#jobs';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'An event a webhook endpoint may subscribe to; the payload carries the value as `type` (e.g. "reflection.shared")',
});

export { WebhookEventType };
