import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  type ApiClient,
  apiClient,
  createOrganisation,
  type ExtraApi,
  type ExtraProcess,
  envWith,
  eventually,
  prepareDatabaseAt,
  siblingDatabaseUrl,
  startExtraApi,
  startExtraWorker,
  startTestRedis,
  TEST_PASSWORD,
  type TestRedis,
  terminate,
  testEnv,
} from '#testing';

// What this guards against (a fault test): with Redis unreachable the api hung (rate limiter
// commands queued forever), ignored SIGTERM and flooded stderr. An api and a worker of this test's
// own, on a database and a redis-server of their own (the shared Redis is never touched; another
// worker on the shared database would deliver this test's jobs and hide a failure).
const SESSION_FIELDS = 'id status summaryState';

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

async function pendingOutbox(databaseUrl: string, organisationId: string, jobName: string): Promise<Array<{ dispatched: boolean }>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT dispatched_at IS NOT NULL AS dispatched FROM outbox_jobs WHERE organisation_id = $1 AND job_name = $2`,
      [organisationId, jobName],
    );
    return rows as Array<{ dispatched: boolean }>;
  } finally {
    await db.end();
  }
}

describe('security: the api keeps serving while Redis is down (fault test)', () => {
  const databaseUrl = siblingDatabaseUrl('redis_outage');
  let redis: TestRedis;
  let worker: ExtraProcess;
  let api: ExtraApi;
  let client: ApiClient;

  beforeAll(async () => {
    redis = await startTestRedis();
    await prepareDatabaseAt(databaseUrl);
    const overrides = {
      REDIS_URL: redis.url,
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-outage${redis.port}`,
      LOG_LEVEL: 'info',
    };
    worker = await startExtraWorker('outage', envWith(overrides));
    api = await startExtraApi('outage', overrides);
    client = apiClient(api.url);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await redis?.stop();
  });

  it('answers reads, sign-ins and answers, commits a completion whose job is delivered once Redis returns, reports degraded, and exits on SIGTERM', async () => {
    const org = await createOrganisation(undefined, client);
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = (
      await client.gqlOk(
        `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
        {
          input: {
            title: 'Outage check-in',
            primaryQuestion: 'How is your work going?',
            mandatoryQuestions: ['What went well this month?'],
          },
        },
        coach.token,
      )
    ).createReflectionTemplate;
    const session = (
      await client.gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: template.id }, participant.token)
    ).startReflectionSession;
    const ANSWER = `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { id } } }`;
    await client.gqlOk(ANSWER, { id: session.id, c: 'Shipping the new onboarding flow went really well this month.' }, participant.token);

    await redis.stop();

    // Reads, a sign-in (rate limits count per process now) and an answer, each promptly.
    const read = await timed(() => client.gqlOk(`{ me { id } mySessions { id status } }`, {}, participant.token));
    expect(read.value.mySessions.map((s: { id: string }) => s.id)).toContain(session.id);
    const login = await timed(() =>
      client.gqlOk(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
        e: participant.email,
        p: TEST_PASSWORD,
      }),
    );
    expect(login.value.login.accessToken).toEqual(expect.any(String));
    const answered = await timed(() =>
      client.gqlOk(ANSWER, { id: session.id, c: 'Mentoring two new colleagues also went well.' }, participant.token),
    );
    expect(answered.value.answerReflection.answer.id).toEqual(expect.any(String));
    for (const { ms } of [read, login, answered]) expect(ms).toBeLessThan(3_000);

    // Readiness: degraded, not down (PostgreSQL answers; Redis does not).
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', details: { database: { status: 'up' }, redis: { status: 'down' } } });

    // A completion commits; its summary job waits in the outbox.
    const completed = (
      await client.gqlOk(
        `mutation($id: ID!) { completeReflectionSession(sessionId: $id) { ${SESSION_FIELDS} } }`,
        { id: session.id },
        participant.token,
      )
    ).completeReflectionSession;
    expect(completed).toMatchObject({ status: 'COMPLETED', summaryState: 'PENDING' });
    expect(await pendingOutbox(databaseUrl, org.id, 'write-summary')).toEqual([{ dispatched: false }]);

    // The outage was logged once as a warning, as JSON like every other line (no ioredis noise).
    const log = await readFile(api.log, 'utf8');
    const lines = log.split('\n').filter((line) => line.trim());
    expect(lines.filter((line) => !line.startsWith('{'))).toEqual([]);
    expect(lines.filter((line) => line.includes('rate limits fall back to per-process counters'))).toHaveLength(1);

    // Redis comes back (empty): the worker delivers the job and the summary is written.
    await redis.restart();
    await eventually(
      async () => {
        const state = (
          await client.gqlOk(`query($id: ID!) { reflectionSession(id: $id) { ${SESSION_FIELDS} } }`, { id: session.id }, participant.token)
        ).reflectionSession;
        if (state.summaryState !== 'READY') throw new Error(`summary ${state.summaryState}`);
      },
      60_000,
      500,
    );
    expect(await pendingOutbox(databaseUrl, org.id, 'write-summary')).toEqual([{ dispatched: true }]);

    // Down again: SIGTERM still ends both processes promptly and cleanly.
    await redis.stop();
    await client.gqlOk(`{ me { id } }`, {}, participant.token);
    const apiExit = await terminate(api.child);
    expect(apiExit.code).toBe(0);
    expect(apiExit.ms).toBeLessThan(10_000);
    const workerExit = await terminate(worker.child);
    expect(workerExit.ms).toBeLessThan(10_000);
    expect(workerExit.code).toBe(0);
  }, 150_000);
});
