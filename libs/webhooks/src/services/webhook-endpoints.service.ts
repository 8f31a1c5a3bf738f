import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { TenantDatabase } from '#database';
import type { WebhookEventType } from '#jobs';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity.js';
import { newSigningSecret } from '../signing/webhook-signature.util.js';
import { WebhooksException, WebhooksExceptionCode } from '../webhooks.exception.js';
import { WebhookUrlCheck } from './webhook-url-check.service.js';

/** Endpoints an organisation may register. */
export const MAX_ENDPOINTS_PER_ORGANISATION = 20;

export interface EndpointFields {
  url: string;
  events: WebhookEventType[];
  enabled?: boolean | null;
}

/** What to change; absent or null fields stay as they are. */
export interface EndpointPatch {
  url?: string | null;
  events?: WebhookEventType[] | null;
  enabled?: boolean | null;
}

/** An endpoint with its signing secret, returned only when the secret is created or rotated. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpointEntity;
  secret: string;
}

/** An organisation admin's webhook endpoints. Callers check the role; every query names the tenant. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly urls: WebhookUrlCheck,
  ) {}

  list(organisationId: string): Promise<WebhookEndpointEntity[]> {
    return this.db.repository(WebhookEndpointEntity).find({ where: { organisationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(organisationId: string, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.db.repository(WebhookEndpointEntity).findOneBy({ organisationId, id });
    if (!endpoint) throw new NotFoundException('Webhook endpoint');
    return endpoint;
  }

  async create(actor: MemberActor, fields: EndpointFields): Promise<EndpointWithSecret> {
    const events = eventsOf(fields.events);
    const url = await this.urls.assertAllowed(fields.url);
    const count = await this.db.repository(WebhookEndpointEntity).countBy({ organisationId: actor.organisationId });
    if (count >= MAX_ENDPOINTS_PER_ORGANISATION) {
      throw new WebhooksException(
        `An organisation may register at most ${MAX_ENDPOINTS_PER_ORGANISATION} webhook endpoints`,
        WebhooksExceptionCode.TOO_MANY_WEBHOOK_ENDPOINTS,
      );
    }
    const secret = newSigningSecret();
    const endpoint = await this.db.repository(WebhookEndpointEntity).save(
      this.db.repository(WebhookEndpointEntity).create({
        organisationId: actor.organisationId,
        url,
        events,
        enabled: fields.enabled ?? true,
        signingSecret: secret,
        consecutiveFailures: 0,
        disabledReason: null,
        disabledAt: null,
        createdByMembershipId: actor.membershipId,
      }),
    );
    return { endpoint, secret };
  }

  /** Changes what is given. Enabling an endpoint again clears its failures and the reason it was disabled. */
  async update(organisationId: string, id: string, patch: EndpointPatch): Promise<WebhookEndpointEntity> {
    const endpoint = await this.get(organisationId, id);
    if (patch.url !== undefined && patch.url !== null) endpoint.url = await this.urls.assertAllowed(patch.url);
    if (patch.events !== undefined && patch.events !== null) endpoint.events = eventsOf(patch.events);
    if (patch.enabled === true) Object.assign(endpoint, { enabled: true, consecutiveFailures: 0, disabledReason: null, disabledAt: null });
    if (patch.enabled === false && endpoint.enabled)
      Object.assign(endpoint, { enabled: false, disabledReason: 'Disabled by an administrator', disabledAt: new Date() });
    return this.db.repository(WebhookEndpointEntity).save(endpoint);
  }

  /** Deletes the endpoint with its deliveries and their log. */
  async remove(organisationId: string, id: string): Promise<void> {
    const result = await this.db.repository(WebhookEndpointEntity).delete({ organisationId, id });
    if (!result.affected) throw new NotFoundException('Webhook endpoint');
  }

  /** A new secret takes effect at once: deliveries from now on (retries included) are signed with it. */
  async rotateSecret(organisationId: string, id: string): Promise<EndpointWithSecret> {
    const endpoint = await this.get(organisationId, id);
    endpoint.signingSecret = newSigningSecret();
    return { endpoint: await this.db.repository(WebhookEndpointEntity).save(endpoint), secret: endpoint.signingSecret };
  }
}

function eventsOf(events: readonly WebhookEventType[]): WebhookEventType[] {
  const unique = [...new Set(events)];
  if (!unique.length) throw WebhooksException.field(WebhooksExceptionCode.INVALID_WEBHOOK_EVENTS, 'events', 'must name at least one event');
  return unique.sort();
}
