import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { isPrivateAddress, outboundHostOf, PrivateAddressError, publicAddressLookup } from '#common';
import { type WebhooksConfig, webhooksConfig } from '../webhooks.config.js';
import type { AttemptOutcome } from './endpoint-health.util.js';

export interface SentAttempt extends AttemptOutcome {
  durationMs: number;
}

/**
 * POSTs one signed body to an endpoint. The address connected to is checked against the private
 * ranges at connection time (a DNS answer that changed since registration cannot reach an
 * internal service); connections are never pooled, redirects never followed, and the response
 * body is read and dropped.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig) {}

  async post(url: string, body: string, headers: Record<string, string>): Promise<SentAttempt> {
    const started = performance.now();
    const outcome = await this.attempt(url, body, headers).catch((error: unknown) => ({
      succeeded: false,
      statusCode: null,
      error: errorKind(error, this.config.timeoutMs),
    }));
    return { ...outcome, durationMs: Math.round(performance.now() - started) };
  }

  private attempt(url: string, body: string, headers: Record<string, string>): Promise<AttemptOutcome> {
    const target = new URL(url);
    const host = outboundHostOf(url);
    // A literal IP address is connected to without a lookup: check it here.
    if (isIP(host) && isPrivateAddress(host) && !this.config.allowedPrivateHosts.includes(host))
      return Promise.reject(new PrivateAddressError(host));
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<AttemptOutcome>((resolve, reject) => {
      const req = send(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
          lookup: publicAddressLookup(this.config.allowedPrivateHosts),
          // A fresh connection each time: a pooled socket would skip the address check of the lookup.
          agent: false,
        },
        (res: IncomingMessage) => {
          res.resume();
          res.on('end', () => {
            const statusCode = res.statusCode ?? 0;
            const succeeded = statusCode >= 200 && statusCode < 300;
            resolve({ succeeded, statusCode, error: succeeded ? null : `HTTP ${statusCode}` });
          });
          res.on('error', reject);
        },
      );
      // The whole exchange, not just a quiet socket: a receiver that answers byte by byte is cut off too.
      const deadline = setTimeout(() => req.destroy(new TimeoutError()), this.config.timeoutMs);
      req.on('close', () => clearTimeout(deadline));
      req.on('error', reject);
      req.end(body);
    });
  }
}

class TimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
}

/** The kind of a network failure, never its full message (which may carry addresses). */
function errorKind(error: unknown, timeoutMs: number): string {
  if (error instanceof PrivateAddressError) return 'address not allowed (private or reserved network)';
  if (error instanceof TimeoutError) return `no response within ${timeoutMs} ms`;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? `connection failed (${code})` : 'connection failed';
}
