import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity.js';
import { WebhookDeliveryAttemptEntity } from '../entities/webhook-delivery-attempt.entity.js';

export const MAX_LOG_ENTRIES = 200;

/** An attempt with the event it carried (type and id; never the body). */
export interface LoggedAttempt {
  attempt: WebhookDeliveryAttemptEntity;
  delivery: Pick<WebhookDeliveryEntity, 'id' | 'eventId' | 'eventType' | 'status'>;
}

/** The delivery log an admin reads: one entry per attempt, newest first. */
@Injectable()
export class WebhookDeliveryLog {
  constructor(private readonly db: TenantDatabase) {}

  async attempts(organisationId: string, endpointId: string, limit: number): Promise<LoggedAttempt[]> {
    const attempts = await this.db.repository(WebhookDeliveryAttemptEntity).find({
      where: { organisationId, endpointId },
      order: { attemptedAt: 'DESC', attempt: 'DESC' },
      take: Math.min(Math.max(limit, 1), MAX_LOG_ENTRIES),
    });
    if (!attempts.length) return [];
    const deliveries = await this.db.query<{ id: string; eventId: string; eventType: string; status: WebhookDeliveryEntity['status'] }>(
      `SELECT id, event_id AS "eventId", event_type AS "eventType", status FROM webhook_deliveries WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, [...new Set(attempts.map((a) => a.deliveryId))]],
    );
    const byId = new Map(deliveries.map((d) => [d.id, d]));
    return attempts.flatMap((attempt) => {
      const delivery = byId.get(attempt.deliveryId);
      return delivery ? [{ attempt, delivery }] : [];
    });
  }
}
