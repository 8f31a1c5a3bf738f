import { Inject, Injectable } from '@nestjs/common';
import { assertPublicHost, isOutboundUrl, MAX_OUTBOUND_URL, PrivateAddressError } from '#common';
import { TenantDatabase } from '#database';
import { type WebhooksConfig, webhooksConfig } from '../webhooks.config.js';
import { WebhooksException, WebhooksExceptionCode } from '../webhooks.exception.js';

/**
 * The rules for an endpoint URL, at registration: the shape every outbound endpoint must have
 * (shared with model endpoints), and a host that resolves to public addresses only unless the
 * deployment allows it (`WEBHOOK_ALLOWED_PRIVATE_HOSTS`). Delivery checks the address again.
 */
@Injectable()
export class WebhookUrlCheck {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
  ) {}

  async assertAllowed(url: string): Promise<string> {
    const value = url.trim();
    if (!isOutboundUrl(value)) {
      throw WebhooksException.field(
        WebhooksExceptionCode.INVALID_WEBHOOK_URL,
        'url',
        `must be an http or https URL without credentials, at most ${MAX_OUTBOUND_URL} characters`,
      );
    }
    // The DNS answer may take a while: no connection is held meanwhile.
    const problem = await this.db.releaseDuring(() => this.resolveProblem(value));
    if (problem) throw WebhooksException.field(problem.reason, 'url', problem.message);
    return value;
  }

  private async resolveProblem(url: string): Promise<{ reason: WebhooksExceptionCode; message: string } | null> {
    try {
      await assertPublicHost(url, this.config.allowedPrivateHosts);
      return null;
    } catch (error) {
      if (error instanceof PrivateAddressError) {
        return {
          reason: WebhooksExceptionCode.WEBHOOK_URL_NOT_ALLOWED,
          message: 'must not point to a private, loopback, link-local or reserved address',
        };
      }
      return { reason: WebhooksExceptionCode.INVALID_WEBHOOK_URL, message: 'has a host name that does not resolve' };
    }
  }
}
