import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { freePort, startProcess, testEnv, waitForHttp } from '#testing';

async function exitOnSigterm(
  entry: string,
  env: NodeJS.ProcessEnv,
  log: string,
  ready: () => Promise<void>,
): Promise<{ code: number | null; ms: number }> {
  const child = startProcess(entry, env, log);
  await ready();
  const started = Date.now();
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, ms: Date.now() - started };
}

describe('process lifecycle', () => {
  it('the api and the worker shut down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const logDir = testEnv().WAYPOINT_TEST_LOG_DIR!;
    const env = { ...testEnv(), PORT: String(port), QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-life${port}`, LOG_LEVEL: 'info' };
    const apiLog = join(logDir, `api-lifecycle-${port}.log`);
    const workerLog = join(logDir, `worker-lifecycle-${port}.log`);

    const api = await exitOnSigterm('dist/apps/api/src/main.js', env, apiLog, () => waitForHttp(`http://127.0.0.1:${port}/health/ready`));
    expect(api.code).toBe(0);
    expect(api.ms).toBeLessThan(10_000);

    const worker = await exitOnSigterm('dist/apps/worker/src/main.js', env, workerLog, async () => {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        if ((await readFile(workerLog, 'utf8').catch(() => '')).includes('worker ready')) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('worker did not become ready');
    });
    expect(worker.code).toBe(0);
    expect(worker.ms).toBeLessThan(10_000);
  });

  it('logs JSON lines with a request id and without secrets', async () => {
    const port = await freePort();
    const log = join(testEnv().WAYPOINT_TEST_LOG_DIR!, `api-logging-${port}.log`);
    const env = { ...testEnv(), PORT: String(port), QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-log${port}`, LOG_LEVEL: 'info' };
    const child = startProcess('dist/apps/api/src/main.js', env, log);
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health/ready`);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-value', 'x-request-id': 'req-lifecycle-1' },
        body: JSON.stringify({ query: 'mutation { login(email: "x@example.test", password: "my-secret-password") { accessToken } }' }),
      });
      expect(response.headers.get('x-request-id')).toBe('req-lifecycle-1');
      child.kill('SIGTERM');
      await once(child, 'exit');
      const lines = (await readFile(log, 'utf8')).split('\n').filter((l) => l.startsWith('{'));
      expect(lines.length).toBeGreaterThan(0);
      const requestLine = lines.map((l) => JSON.parse(l)).find((l) => l.req?.id === 'req-lifecycle-1');
      expect(requestLine).toBeDefined();
      const all = lines.join('\n');
      expect(all).not.toContain('secret-token-value');
      expect(all).not.toContain('my-secret-password');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
