import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { WebhookEventType, WebhookSubscriptions } from '#jobs';

/** The organisations, among those given, with an enabled endpoint subscribed to an event type. */
@Injectable()
export class WebhookSubscriptionsService implements WebhookSubscriptions {
  constructor(private readonly db: TenantDatabase) {}

  async listening(organisationIds: readonly string[], type: WebhookEventType): Promise<ReadonlySet<string>> {
    if (!organisationIds.length) return new Set();
    const rows = await this.db.query<{ organisation_id: string }>(
      `SELECT DISTINCT organisation_id FROM webhook_endpoints WHERE organisation_id = ANY($1::uuid[]) AND enabled AND $2 = ANY(events)`,
      [[...organisationIds], type],
    );
    return new Set(rows.map((row) => row.organisation_id));
  }
}
