// Magic Summaries per second written by ONE real worker process with the embedded model, against
// the BullMQ ceiling measured in the same run: the same number of no-op jobs through a BullMQ
// queue on the same Redis with the same concurrency (4, the Llm queue's).
//  - N completed sessions (the seed persona's answers, varied per session) are prepared in
//    PostgreSQL, then N write-summary jobs are put on the queue at once and timed until every
//    session is READY (load session and turns, taxonomy, model call, source checks, summary row,
//    usage row, state update per job).
//  - Also printed: the in-process LlmRunner + summary task rate (no queue, no database).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { ChatModelFactory, DEFAULT_THEME_TAXONOMY, LlmRunner, parseLlmEnv, summaryTask } from '../dist/libs/llm/src/index.js';
import { startBenchSystem } from './support/bench-system.mjs';

const JOBS = Number(process.env.BENCH_SUMMARY_JOBS ?? 300);
const CONCURRENCY = 4;

const EXCHANGE = [
  [
    'How satisfied are you with your career right now, on a scale of 1 to 10?',
    "I'm a mid-level software engineer, stuck in my current role and unsure about my career direction. I'd say {score} out of 10.",
  ],
  [
    'What gives you energy at work, and what drains it?',
    'I enjoy the technical challenges, but I am frustrated by the lack of mentorship and the lack of leadership opportunities.',
  ],
  [
    'What are your strongest skills?',
    'Strong problem-solving and system design skills, and a natural teaching ability when I explain designs to junior developers.',
  ],
  [
    'Which gaps hold you back?',
    'I have no formal leadership experience, and limited visibility to senior leadership. The culture does not support internal advancement.',
  ],
  [
    'How do you see the market for your skills?',
    'My experience in cloud infrastructure and security is in high demand, especially in fintech and healthtech.',
  ],
  [
    'Where do you want to go next?',
    'I want to grow into team leadership and technical architecture rather than individual coding, on products with meaningful impact.',
  ],
  [
    'What is your plan?',
    'A 12-18 month transition plan: leadership training, a cloud architecture certification, and mentoring junior developers. Step {n}.',
  ],
];
const turnsOf = (n) =>
  EXCHANGE.flatMap(([q, a], i) => [
    { role: 'INTERVIEWER', content: q, seq: i * 2 },
    { role: 'PARTICIPANT', content: a.replace('{score}', String(3 + (n % 6))).replace('{n}', String(n)), seq: i * 2 + 1 },
  ]);

// In process: the task through LlmRunner, same inputs, no queue or database.
const runner = new LlmRunner(new ChatModelFactory(), parseLlmEnv({}));
const ctx = { organisationId: randomUUID() };
const inputOf = (n) => ({
  primaryQuestion: 'How can I assess my career satisfaction and find the best path to grow?',
  taxonomy: DEFAULT_THEME_TAXONOMY,
  turns: turnsOf(n).map((t) => ({ id: `t${t.seq}`, role: t.role, content: t.content })),
});
for (let i = 0; i < 30; i++) await runner.run(summaryTask, inputOf(i), ctx);
let inProcess = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) await runner.run(summaryTask, inputOf(inProcess++), ctx);
const inProcessRate = inProcess / ((performance.now() - t0) / 1000);
console.log(`LlmRunner + summary task in process: ${inProcessRate.toFixed(0)} summaries/s (one thread, no queue, no database)`);

const system = await startBenchSystem({ worker: true });
const db = new pg.Client({ connectionString: system.env.DATABASE_URL });
const connection = new Redis(system.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const prefix = system.env.QUEUE_PREFIX;
const llm = new Queue('llm', { connection, prefix });
try {
  await db.connect();
  const { token, organisationId, membershipId } = await system.signUpWithOrganisation();
  const created = await system.gql(
    `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
    {
      input: {
        title: 'Quarterly career check-in',
        primaryQuestion: 'How can I assess my career satisfaction and find the best path to grow?',
      },
    },
    token,
  );
  const templateId = created.createReflectionTemplate.id;

  // N completed sessions waiting for their summary, written directly (this measures the writer).
  const prepare = async (count) => {
    const ids = [];
    for (let n = 0; n < count; n++) {
      const { rows } = await db.query(
        `INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, status, summary_state, started_at, completed_at)
         VALUES ($1, $2, $3, 1, 'COMPLETED', 'PENDING', now() - interval '1 hour', now()) RETURNING id`,
        [organisationId, membershipId, templateId],
      );
      const sessionId = rows[0].id;
      const turns = turnsOf(n);
      await db.query(
        `INSERT INTO session_turns (organisation_id, session_id, seq, role, content)
         SELECT $1, $2, t.seq, t.role, t.content FROM jsonb_to_recordset($3::jsonb) AS t(seq int, role text, content text)`,
        [organisationId, sessionId, JSON.stringify(turns)],
      );
      ids.push(sessionId);
    }
    return ids;
  };
  const readyCount = async (ids) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM reflection_sessions WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND summary_state = 'READY'`,
        [organisationId, ids],
      )
    ).rows[0].n;
  const summarise = async (ids, label) => {
    const started = performance.now();
    await llm.addBulk(
      ids.map((sessionId) => ({
        name: 'write-summary',
        data: { organisationId, sessionId },
        opts: { jobId: `bench.${label}.${sessionId}` },
      })),
    );
    const deadline = Date.now() + 120_000;
    for (;;) {
      const n = await readyCount(ids);
      if (n >= ids.length) break;
      if (Date.now() > deadline) throw new Error(`only ${n} of ${ids.length} summaries READY`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return (performance.now() - started) / 1000;
  };

  await summarise(await prepare(20), 'warm'); // also waits for the worker to be up
  const ids = await prepare(JOBS);
  const seconds = await summarise(ids, 'run');
  const summaries = JOBS / seconds;
  const written = (
    await db.query(`SELECT count(*)::int AS n FROM reflection_summaries WHERE organisation_id = $1 AND session_id = ANY($2::uuid[])`, [
      organisationId,
      ids,
    ])
  ).rows[0].n;
  console.log(
    `one worker (queue -> summary READY in PostgreSQL, concurrency ${CONCURRENCY}): ${summaries.toFixed(0)} summaries/s (${JOBS} jobs in ${seconds.toFixed(2)} s; ${written} summaries written)`,
  );

  // Baseline: the same number of jobs that do nothing, through BullMQ on the same Redis.
  const noopName = `bench-noop-${randomUUID().slice(0, 8)}`;
  const redisUrl = system.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const eventsConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const noopQueue = new Queue(noopName, { connection, prefix });
  const noopWorker = new Worker(noopName, async () => null, { connection: workerConnection, prefix, concurrency: CONCURRENCY });
  const events = new QueueEvents(noopName, { connection: eventsConnection, prefix });
  await Promise.all([noopWorker.waitUntilReady(), events.waitUntilReady()]);
  const runNoop = async (count) => {
    let done = 0;
    const finished = new Promise((resolve) => {
      const onDone = () => {
        if (++done === count) {
          events.off('completed', onDone);
          resolve();
        }
      };
      events.on('completed', onDone);
    });
    const started = performance.now();
    await noopQueue.addBulk(Array.from({ length: count }, (_, i) => ({ name: 'noop', data: { i }, opts: { removeOnComplete: true } })));
    await finished;
    return (performance.now() - started) / 1000;
  };
  await runNoop(50);
  // Median of three runs: a few hundred no-op jobs take only a fraction of a second.
  const noopRuns = [await runNoop(JOBS), await runNoop(JOBS), await runNoop(JOBS)].sort((a, b) => a - b);
  const noopSeconds = noopRuns[1];
  const noop = JOBS / noopSeconds;
  console.log(
    `BullMQ no-op jobs (same Redis, concurrency ${CONCURRENCY}): ${noop.toFixed(0)} jobs/s (${JOBS} jobs in ${noopSeconds.toFixed(2)} s, median of 3)`,
  );
  await Promise.all([noopWorker.close(), events.close()]);
  await noopQueue.obliterate({ force: true }).catch(() => undefined);
  await noopQueue.close();
  await Promise.all([workerConnection.quit(), eventsConnection.quit()]).catch(() => undefined);

  console.log(`summaries: ${summaries.toFixed(0)} summaries/s (${(summaries / noop).toFixed(2)}x no-op jobs)`);
} finally {
  await llm.close();
  await connection.quit().catch(() => undefined);
  await db.end().catch(() => undefined);
  await system.stop();
}
