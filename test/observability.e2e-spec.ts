import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { freePort, startProcess, stopProcess, testEnv, waitForHttp } from '#testing';

type LogLine = Record<string, any>;

/** Runs an api with `overrides`, lets `exercise` talk to it, stops it and returns its JSON log lines. */
async function apiLogs(label: string, overrides: Record<string, string>, exercise: (url: string) => Promise<void>): Promise<LogLine[]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = join(testEnv().WAYPOINT_TEST_LOG_DIR!, `api-${label}-${port}.log`);
  const env = {
    ...testEnv(),
    PORT: String(port),
    QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-${label}${port}`,
    LOG_LEVEL: 'info',
    ...overrides,
  };
  let api: ChildProcess | undefined;
  try {
    api = startProcess('dist/apps/api/src/main.js', env, log);
    await waitForHttp(`${url}/health/live`);
    await exercise(url);
  } finally {
    await stopProcess(api);
  }
  return (await readFile(log, 'utf8'))
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
}

const graphql = (url: string, query: string, operationName?: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  }).then((r) => r.json() as Promise<{ data?: unknown; errors?: Array<{ extensions: { code: string } }> }>);

describe('logs and metrics', () => {
  it('logs requests with their GraphQL operation, but never probes or scrapes, which are not rate-limited', async () => {
    const metricsStatuses: number[] = [];
    const codes: Array<string | undefined> = [];
    const lines = await apiLogs('observe', { RATE_LIMIT_PER_MINUTE: '3' }, async (url) => {
      for (let i = 0; i < 4; i += 1)
        codes.push((await graphql(url, 'query WhoAmI { me { email } }', 'WhoAmI')).errors?.[0]?.extensions.code);
      for (let i = 0; i < 6; i += 1) {
        metricsStatuses.push((await fetch(`${url}/metrics`)).status);
        expect((await fetch(`${url}/health/live`)).status).toBe(200);
      }
    });
    // The default limiter is on (the fourth operation is refused), yet every scrape is answered.
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    expect(metricsStatuses).toEqual([200, 200, 200, 200, 200, 200]);

    const requests = lines.filter((l) => l.msg === 'request completed');
    expect(requests.map((l) => l.req.url)).toEqual(['/graphql', '/graphql', '/graphql', '/graphql']);
    expect(requests[0].graphql).toEqual({ operation: 'WhoAmI', type: 'query' });
    expect(lines.find((l) => l.msg === 'api listening')).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    expect(lines.some((l) => l.context === 'api listening')).toBe(false);
  });

  it('serves /metrics only on API_METRICS_PORT when it is set', async () => {
    const metricsPort = await freePort();
    let onApi = 0;
    let onMetrics = '';
    const lines = await apiLogs('metrics-port', { API_METRICS_PORT: String(metricsPort), API_METRICS_HOST: '127.0.0.1' }, async (url) => {
      onApi = (await fetch(`${url}/metrics`)).status;
      await graphql(url, 'query Ping { __typename }', 'Ping');
      const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(response.status).toBe(200);
      onMetrics = await response.text();
      expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
    });
    expect(onApi).toBe(404);
    expect(onMetrics).toContain('waypoint_graphql_operation_seconds_count{operation="Ping",type="query",outcome="ok"} 1');
    expect(onMetrics).toContain('process_cpu_user_seconds_total');
    expect(lines.find((l) => l.msg === 'metrics listening')).toMatchObject({ port: metricsPort });
  });

  it('logs the message of the error behind a fallback warning', async () => {
    const closed = await freePort();
    const lines = await apiLogs('fallback', { REDIS_URL: `redis://127.0.0.1:${closed}` }, async () => undefined);
    const warning = lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('Redis unavailable'));
    expect(warning).toBeDefined();
    expect(warning!.err).toMatchObject({ message: expect.stringMatching(/ECONNREFUSED|connect|closed/i) });
  });
});
