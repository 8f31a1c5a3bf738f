import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { WebhookEvent } from '#jobs';
import { endpointHealthAfter } from '../delivery/endpoint-health.util.js';
import { retryDelayMs } from '../delivery/retry-delay.util.js';
import type { SentAttempt } from '../delivery/webhook-sender.service.js';
import { type WebhooksConfig, webhooksConfig } from '../webhooks.config.js';

/** What an attempt should do, read before any request is sent. */
export type PreparedAttempt =
  | { kind: 'send'; endpointId: string; url: string; secret: string; body: string; eventId: string; eventType: string }
  /** This attempt was already recorded (a re-delivered job): only its follow-up may be missing. */
  | { kind: 'recorded'; retryInMs: number | null }
  | { kind: 'skip'; reason: string };

export interface RecordedAttempt {
  /** When to try again; null when the delivery is finished (or this attempt was recorded before). */
  retryInMs: number | null;
  disabledEndpoint: boolean;
}

interface DeliveryRow {
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  event_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  endpoint_id: string;
  url: string;
  signing_secret: string;
  enabled: boolean;
}

/**
 * Deliveries of events to endpoints, in the tenant's scope: created per subscribed endpoint when
 * an event is fanned out, then one recorded attempt at a time. The HTTP request itself happens
 * between `prepare` and `record`, with no transaction open.
 */
@Injectable()
export class WebhookDeliveries {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
  ) {}

  /**
   * One delivery per enabled endpoint subscribed to the event (idempotent), and the deliveries of
   * this event still waiting for their first attempt.
   */
  async fanOut(event: WebhookEvent): Promise<string[]> {
    const body = { id: event.id, type: event.type, organisationId: event.organisationId, occurredAt: event.occurredAt, data: event.data };
    await this.db.query(
      `INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_id, event_type, payload)
       SELECT organisation_id, id, $2, $3, $4::jsonb FROM webhook_endpoints
        WHERE organisation_id = $1 AND enabled AND $3 = ANY(events)
       ON CONFLICT (organisation_id, endpoint_id, event_id) DO NOTHING`,
      [event.organisationId, event.id, event.type, JSON.stringify(body)],
    );
    const rows = await this.db.query<{ id: string }>(
      `SELECT id FROM webhook_deliveries WHERE organisation_id = $1 AND event_id = $2 AND status = 'PENDING' AND attempts = 0 ORDER BY id`,
      [event.organisationId, event.id],
    );
    return rows.map((row) => row.id);
  }

  async prepare(organisationId: string, deliveryId: string, attempt: number): Promise<PreparedAttempt> {
    const [row] = await this.db.query<DeliveryRow>(
      `SELECT d.status, d.attempts, d.next_attempt_at, d.event_id, d.event_type, d.payload, e.id AS endpoint_id, e.url, e.signing_secret, e.enabled
         FROM webhook_deliveries d
         JOIN webhook_endpoints e ON e.organisation_id = d.organisation_id AND e.id = d.endpoint_id
        WHERE d.organisation_id = $1 AND d.id = $2`,
      [organisationId, deliveryId],
    );
    if (!row) return { kind: 'skip', reason: 'delivery gone (endpoint deleted)' };
    if (row.status !== 'PENDING') return { kind: 'skip', reason: `delivery ${row.status.toLowerCase()}` };
    if (row.attempts >= attempt) {
      const retryInMs = row.attempts === attempt && row.next_attempt_at ? Math.max(0, row.next_attempt_at.getTime() - Date.now()) : null;
      return { kind: 'recorded', retryInMs };
    }
    if (row.attempts !== attempt - 1) return { kind: 'skip', reason: `attempt ${attempt} out of order (${row.attempts} recorded)` };
    if (!row.enabled) {
      await this.finish(organisationId, deliveryId, 'FAILED');
      return { kind: 'skip', reason: 'endpoint disabled' };
    }
    return {
      kind: 'send',
      endpointId: row.endpoint_id,
      url: row.url,
      secret: row.signing_secret,
      body: JSON.stringify(row.payload),
      eventId: row.event_id,
      eventType: row.event_type,
    };
  }

  /** Logs the attempt, updates the endpoint's health (maybe disabling it), and decides on a retry. */
  async record(
    organisationId: string,
    deliveryId: string,
    endpointId: string,
    attempt: number,
    sent: SentAttempt,
  ): Promise<RecordedAttempt> {
    const logged = await this.db.query(
      `INSERT INTO webhook_delivery_attempts (organisation_id, delivery_id, endpoint_id, attempt, succeeded, status_code, duration_ms, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organisation_id, delivery_id, attempt) DO NOTHING RETURNING id`,
      [organisationId, deliveryId, endpointId, attempt, sent.succeeded, sent.statusCode, sent.durationMs, sent.error],
    );
    if (!logged.length) return { retryInMs: null, disabledEndpoint: false };
    const disabledEndpoint = await this.updateHealth(organisationId, endpointId, sent);
    const retryInMs =
      sent.succeeded || disabledEndpoint ? null : retryDelayMs(attempt, { maxAttempts: this.config.maxAttempts, ...this.config.retry });
    await this.db.query(
      `UPDATE webhook_deliveries
          SET attempts = $3, status = $4, next_attempt_at = $5,
              finished_at = CASE WHEN $4 = 'PENDING' THEN NULL ELSE now() END
        WHERE organisation_id = $1 AND id = $2`,
      [
        organisationId,
        deliveryId,
        attempt,
        sent.succeeded ? 'SUCCEEDED' : retryInMs === null ? 'FAILED' : 'PENDING',
        retryInMs === null ? null : new Date(Date.now() + retryInMs),
      ],
    );
    return { retryInMs, disabledEndpoint };
  }

  private async updateHealth(organisationId: string, endpointId: string, sent: SentAttempt): Promise<boolean> {
    const [current] = await this.db.query<{ consecutive_failures: number; enabled: boolean }>(
      `SELECT consecutive_failures, enabled FROM webhook_endpoints WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, endpointId],
    );
    if (!current) return false;
    const health = endpointHealthAfter(
      { consecutiveFailures: current.consecutive_failures, enabled: current.enabled },
      sent,
      this.config.disableAfterFailures,
    );
    await this.db.query(
      `UPDATE webhook_endpoints
          SET consecutive_failures = $3,
              enabled = CASE WHEN $4::text IS NULL THEN enabled ELSE false END,
              disabled_reason = coalesce($4::text, disabled_reason),
              disabled_at = CASE WHEN $4::text IS NULL THEN disabled_at ELSE now() END,
              updated_at = now()
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, endpointId, health.consecutiveFailures, health.disableReason],
    );
    return health.disableReason !== null || !current.enabled;
  }

  private async finish(organisationId: string, deliveryId: string, status: 'FAILED'): Promise<void> {
    await this.db.query(
      `UPDATE webhook_deliveries SET status = $3, next_attempt_at = NULL, finished_at = now() WHERE organisation_id = $1 AND id = $2 AND status = 'PENDING'`,
      [organisationId, deliveryId, status],
    );
  }
}
