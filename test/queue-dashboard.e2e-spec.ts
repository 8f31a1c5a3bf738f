import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort, startProcess, stopProcess, testEnv, waitForHttp } from '#testing';

const TOKEN = 'operator-token-for-the-queue-dashboard';

describe('queue dashboard', () => {
  let api: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = startProcess(
      'dist/apps/api/src/main.js',
      { ...testEnv(), PORT: String(port), QUEUE_DASHBOARD_TOKEN: TOKEN },
      join(testEnv().WAYPOINT_TEST_LOG_DIR!, `api-dashboard-${port}.log`),
    );
    await waitForHttp(`${url}/health/ready`);
  });

  afterAll(async () => stopProcess(api));

  it('is closed without the operator token, and shows every queue with it', async () => {
    expect((await fetch(`${url}/admin/queues`)).status).toBe(401);
    expect(
      (await fetch(`${url}/admin/queues/api/queues`, { headers: { authorization: 'Bearer wrong-token-wrong-token-xx' } })).status,
    ).toBe(401);

    const page = await fetch(`${url}/admin/queues`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(page.status).toBe(200);
    const basic = Buffer.from(`operator:${TOKEN}`).toString('base64');
    const api = await fetch(`${url}/admin/queues/api/queues`, { headers: { authorization: `Basic ${basic}` } });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['email', 'housekeeping', 'llm', 'webhooks']);
  });

  it('is not mounted at all when no token is configured', async () => {
    expect((await fetch(`${testEnv().WAYPOINT_TEST_API_URL}/admin/queues`)).status).toBe(404);
  });
});
