import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { webhooksConfig } from '../webhooks.config.js';
import { WebhookSender } from './webhook-sender.service.js';

describe('webhook sender', () => {
  let server: Server;
  let port: number;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(body);
        res.statusCode = req.url === '/fail' ? 503 : req.url === '/slow' ? 200 : 204;
        if (req.url === '/slow') setTimeout(() => res.end(), 1_000).unref();
        else res.end('ignored body');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const sender = (env: Record<string, string>) => new WebhookSender(webhooksConfig.load({ WEBHOOK_TIMEOUT_MS: '300', ...env }));

  it('posts the body to an allowed private host and reads the status', async () => {
    const allowed = sender({ WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1, localhost' });
    const ok = await allowed.post(`http://127.0.0.1:${port}/ok`, '{"a":1}', {});
    expect(ok).toMatchObject({ succeeded: true, statusCode: 204, error: null });
    expect(received).toContain('{"a":1}');
    expect(await allowed.post(`http://localhost:${port}/fail`, '{}', {})).toMatchObject({
      succeeded: false,
      statusCode: 503,
      error: 'HTTP 503',
    });
  });

  it('refuses private addresses at delivery, literal or resolved, without sending', async () => {
    const before = received.length;
    const strict = sender({});
    for (const url of [`http://127.0.0.1:${port}/ok`, `http://localhost:${port}/ok`]) {
      expect(await strict.post(url, '{"b":2}', {})).toMatchObject({
        succeeded: false,
        statusCode: null,
        error: 'address not allowed (private or reserved network)',
      });
    }
    expect(received.length).toBe(before);
  });

  it('gives up after the timeout', async () => {
    const result = await sender({ WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' }).post(`http://127.0.0.1:${port}/slow`, '{}', {});
    expect(result).toMatchObject({ succeeded: false, statusCode: null, error: 'no response within 300 ms' });
    expect(result.durationMs).toBeLessThan(1_000);
  });
});
