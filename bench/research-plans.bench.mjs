// Research plans per second with the embedded model.
//  1. In process, through the code path the worker uses (LlmRunner + the research-plan task:
//     prompt building, the langchain chat-model call, JSON extraction, zod validation), against
//     the raw embedded heuristic (`buildResearchPlan`) on the same inputs: the model's own ceiling.
//  2. Through one real worker process: N generation jobs put on the BullMQ queue at once, timed
//     until every plan is READY in PostgreSQL (claim, model call, usage row, plan write per job).
// The final line reports (2) against the raw heuristic of (1), measured in the same run.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { buildResearchPlan } from '../dist/libs/llm/src/embedded/research-plan.heuristic.js';
import { ChatModelFactory, LlmRunner, parseLlmEnv, researchPlanTask } from '../dist/libs/llm/src/index.js';
import { startBenchSystem } from './support/bench-system.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const JOBS = Number(process.env.BENCH_PLAN_JOBS ?? 300);

const QUESTIONS = [
  'Should I move into engineering management?',
  'How satisfied am I with my work-life balance?',
  'What are my career strengths, gaps, and opportunities, and how should I prioritize my professional development?',
  'Is now the right time to start my own consulting business?',
  'How can I make the switch from finance into product design?',
  'What would make my next year at work more meaningful?',
  'How do I grow my influence as a senior individual contributor?',
  'What skills do I need to become a data science lead within two years?',
];
const inputs = QUESTIONS.map((primaryQuestion, i) => ({
  title: `Reflection ${i + 1}`,
  primaryQuestion,
  goals: i % 2 ? ['Decide on a concrete next step this quarter'] : [],
  mandatoryQuestions: i % 3 ? ['What gives me the most energy at work, and what drains it?'] : [],
}));

async function rate(label, fn) {
  for (let i = 0; i < 50; i++) await fn(inputs[i % inputs.length]); // warm-up
  let n = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  while (performance.now() < until) await fn(inputs[n++ % inputs.length]);
  const perSecond = n / ((performance.now() - started) / 1000);
  console.log(`${label}: ${perSecond.toFixed(0)} plans/s (${n} in ${SECONDS} s, one thread)`);
  return perSecond;
}

const raw = await rate('raw embedded heuristic (baseline)', async (input) => buildResearchPlan(input));
const runner = new LlmRunner(new ChatModelFactory(), parseLlmEnv({}));
const ctx = { organisationId: randomUUID(), onUsage: () => undefined };
const viaRunner = await rate('LlmRunner + research-plan task (in process)', async (input) => {
  const result = await runner.run(researchPlanTask, input, ctx);
  if (result.value.objectives.length !== 3) throw new Error('invalid plan');
});
console.log(`runner overhead: ${(raw / viaRunner).toFixed(2)}x the raw heuristic's time per plan`);

const system = await startBenchSystem({ worker: true });
const db = new pg.Client({ connectionString: system.env.DATABASE_URL });
const redis = new Redis(system.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const queue = new Queue('llm', { connection: redis, prefix: system.env.QUEUE_PREFIX });
try {
  await db.connect();
  const { token, organisationId } = await system.signUpWithOrganisation();
  const create = `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`;
  for (let i = 0; i < JOBS; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, JOBS - i) }, (_, k) =>
        system.gql(create, { input: { ...inputs[(i + k) % inputs.length], title: `Reflection ${i + k}` } }, token),
      ),
    );
  }
  const ready = async () =>
    (
      await db.query(`SELECT count(*)::int AS n FROM reflection_template_versions WHERE organisation_id = $1 AND plan_state = 'READY'`, [
        organisationId,
      ])
    ).rows[0].n;
  const waitForReady = async (deadlineMs) => {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const n = await ready();
      if (n >= JOBS) return;
      if (Date.now() > deadline) throw new Error(`only ${n} of ${JOBS} plans READY`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await waitForReady(60_000); // the plans requested on creation (also warms the worker up)

  // New generation requests for every version, then all jobs on the queue at once.
  const { rows } = await db.query(
    `UPDATE reflection_template_versions SET plan_state = 'PENDING', plan_request_id = gen_random_uuid()
      WHERE organisation_id = $1 RETURNING template_id, version, plan_request_id`,
    [organisationId],
  );
  const started = performance.now();
  await queue.addBulk(
    rows.map((r) => ({
      name: 'generate-research-plan',
      data: { organisationId, templateId: r.template_id, version: r.version, requestId: r.plan_request_id },
      opts: { jobId: `bench.${r.template_id}.${r.plan_request_id}` },
    })),
  );
  await waitForReady(120_000);
  const seconds = (performance.now() - started) / 1000;
  const worker = JOBS / seconds;
  const usage = (await db.query(`SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1`, [organisationId])).rows[0].n;
  console.log(
    `one worker (queue -> plan READY in PostgreSQL, Llm queue concurrency 4): ${worker.toFixed(0)} plans/s (${JOBS} jobs in ${seconds.toFixed(2)} s; ${usage} calls metered)`,
  );
  console.log(`research-plans: ${worker.toFixed(0)} plans/s (${(worker / raw).toFixed(2)}x raw embedded heuristic)`);
} finally {
  await queue.close();
  await redis.quit().catch(() => undefined);
  await db.end().catch(() => undefined);
  await system.stop();
}
