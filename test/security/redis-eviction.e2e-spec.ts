import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_ENTRY, envWith, runToExit, startExtraApi, startTestRedis, type TestRedis, testEnv, WORKER_ENTRY } from '#testing';

// What this guards against: on a Redis whose maxmemory-policy may evict keys (queued jobs, rate-
// limit counters), only BullMQ's own warning appeared. A redis-server of this test's own.
describe('security: Redis that may evict keys is refused', () => {
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startTestRedis(['--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru']);
  });

  afterAll(async () => redis?.stop());

  const refuses = async (entry: string) => {
    const run = await runToExit(
      entry,
      envWith({ REDIS_URL: redis.url, QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-evict`, LOG_LEVEL: 'warn', PORT: '0' }),
      20_000,
    );
    expect(run.code).toBe(1);
    const lines = run.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line.level).toBe('fatal');
    expect(line.error).toMatch(/maxmemory-policy is "allkeys-lru".*noeviction.*REDIS_ALLOW_EVICTION/);
  };

  it('the api refuses to start, saying why in one JSON line, and starts with the explicit override', async () => {
    await refuses(API_ENTRY);
    const api = await startExtraApi('evict-allowed', { REDIS_URL: redis.url, REDIS_ALLOW_EVICTION: 'true' });
    try {
      expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    } finally {
      await api.stop();
    }
  });

  it('the worker refuses to start, saying why in one JSON line', async () => {
    await refuses(WORKER_ENTRY);
  });
});
