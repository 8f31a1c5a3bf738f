// Interviews and summaries against a slow real-provider model. A local OpenAI-compatible server
// answers every call after BENCH_MODEL_LATENCY_MS (1.5 s), with what the embedded model would say,
// through the provider client's native structured output.
//  - Interviews: BENCH_PARTICIPANTS (100) participants each answer at once, for BENCH_ROUNDS rounds,
//    against the api with its default pool (DATABASE_POOL_SIZE 10). Every reply must be written by
//    that model. Answer latency p95 is printed against the model's latency (the floor).
//  - Summaries: the same interviews are completed at once; Magic Summaries written per second by one
//    worker at LLM_WORKER_CONCURRENCY, against the ideal (concurrency / model latency).
import pg from 'pg';
import { embeddedResponder, OpenAiCompatibleServer, plannedQuestionResponder } from '../dist/libs/testing/src/openai/index.js';
import { startBenchSystem } from './support/bench-system.mjs';

const LATENCY = Number(process.env.BENCH_MODEL_LATENCY_MS ?? 1500);
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.LLM_WORKER_CONCURRENCY ?? 16);

const ANSWERS = [
  "I'm a mid-level software engineer and I feel stuck. I enjoy the technical challenges, but I'm frustrated by the lack of mentorship.",
  'Strong problem-solving and system design skills, and junior developers often come to me when they are blocked.',
  'I lack formal leadership experience and I have never presented to senior leadership.',
  'I want to move towards team leadership and technical architecture within a year and a half.',
];
const ANSWER = `mutation($id: ID!, $content: String!) { answerReflection(sessionId: $id, content: $content) { next { id questionRef } } }`;

// The provider answers interview turns at almost no CPU cost (the planned question), so that its work
// does not compete with the api on the same two cores; summaries are the embedded model's.
const server = await new OpenAiCompatibleServer(plannedQuestionResponder(embeddedResponder()), { latencyMs: LATENCY }).start();
const system = await startBenchSystem({
  worker: true,
  env: {
    LLM_PROVIDER: 'openai',
    LLM_BASE_URL: server.baseUrl,
    LLM_API_KEY: 'bench',
    LLM_MODEL: 'slow-local',
    LLM_INTERVIEW_BUDGET_MS: String(LATENCY * 4),
    LLM_WORKER_CONCURRENCY: String(CONCURRENCY),
  },
});
const owner = new pg.Client({ connectionString: system.env.DATABASE_URL });
const call = async (query, variables, token) => {
  const started = performance.now();
  const response = await fetch(`${system.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { body, ms: performance.now() - started };
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

try {
  await owner.connect();
  const { token: admin, organisationId } = await system.signUpWithOrganisation();
  const template = await system.gql(
    `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
    {
      input: {
        title: 'Career check-in',
        primaryQuestion: 'How can I assess my career satisfaction and find the best path to grow?',
        personal: false,
      },
    },
    admin,
  );
  const templateId = template.createReflectionTemplate.id;
  await owner.query(
    `UPDATE reflection_template_versions SET max_turns = 1000, max_minutes = 100000 WHERE organisation_id = $1 AND template_id = $2`,
    [organisationId, templateId],
  );

  // One participant account per interview, invited and signed in like any member.
  const participants = [];
  for (let i = 0; i < PARTICIPANTS; i += 10) {
    participants.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, PARTICIPANTS - i) }, async (_, k) => {
          const email = `slow-${i + k}-${Date.now()}@example.test`;
          const invited = await system.gql(
            `mutation($i: InviteInput!) { inviteMember(input: $i) { token } }`,
            { i: { email, roles: ['PARTICIPANT'] } },
            admin,
          );
          const accepted = await system.gql(
            `mutation($t: String!, $p: String, $n: String) { acceptInvitation(token: $t, password: $p, displayName: $n) { accessToken } }`,
            { t: invited.inviteMember.token, p: 'benchmark-password', n: `Participant ${i + k}` },
          );
          const token = accepted.acceptInvitation.accessToken;
          const started = await system.gql(
            `mutation($id: ID!) { startReflectionSession(templateId: $id) { id } }`,
            { id: templateId },
            token,
          );
          return { token, sessionId: started.startReflectionSession.id };
        }),
      )),
    );
  }

  const latencies = [];
  let failures = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const results = await Promise.all(
      participants.map((p) => call(ANSWER, { id: p.sessionId, content: ANSWERS[round % ANSWERS.length] }, p.token)),
    );
    for (const result of results) {
      if (result.body.errors || !result.body.data?.answerReflection?.next) failures++;
      latencies.push(result.ms);
    }
  }
  const wall = (performance.now() - started) / 1000;
  const byModel = (
    await owner.query(
      `SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1 AND task = 'interview-turn' AND provider = 'openai' AND outcome = 'ok'`,
      [organisationId],
    )
  ).rows[0].n;
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  console.log(
    `model: ${LATENCY} ms a call; ${PARTICIPANTS} participants x ${ROUNDS} rounds answered at once, api pool ${system.env.DATABASE_POOL_SIZE ?? 10}`,
  );
  console.log(
    `answers: ${latencies.length} in ${wall.toFixed(1)} s, failures ${failures}; replies written by the slow model: ${byModel} of ${latencies.length}`,
  );
  console.log(
    `answer latency: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (${(p95 / LATENCY).toFixed(2)}x the model at p95)`,
  );

  // Summaries: every interview completed at once, then timed until every summary is READY.
  await Promise.all(
    participants.map((p) => call(`mutation($id: ID!) { completeReflectionSession(sessionId: $id) { id } }`, { id: p.sessionId }, p.token)),
  );
  const summaryStart = performance.now();
  const ids = participants.map((p) => p.sessionId);
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { n } = (
      await owner.query(
        `SELECT count(*)::int AS n FROM reflection_sessions WHERE id = ANY($1::uuid[]) AND summary_state IN ('READY', 'FAILED')`,
        [ids],
      )
    ).rows[0];
    if (n >= ids.length) break;
    if (Date.now() > deadline) throw new Error(`only ${n} of ${ids.length} summaries done`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const summarySeconds = (performance.now() - summaryStart) / 1000;
  const ready = (
    await owner.query(`SELECT count(*)::int AS n FROM reflection_summaries WHERE session_id = ANY($1::uuid[]) AND provider = 'openai'`, [
      ids,
    ])
  ).rows[0].n;
  const rate = ids.length / summarySeconds;
  const ideal = CONCURRENCY / (LATENCY / 1000);
  console.log(
    `summaries: ${ready} of ${ids.length} written by the slow model in ${summarySeconds.toFixed(1)} s: ${rate.toFixed(1)}/s at concurrency ${CONCURRENCY} (ideal ${ideal.toFixed(1)}/s: ${(rate / ideal).toFixed(2)}x)`,
  );
  console.log(`slow-model-interviews: p95 ${p95.toFixed(0)} ms (${(p95 / LATENCY).toFixed(2)}x the model's ${LATENCY} ms)`);
} finally {
  await owner.end().catch(() => undefined);
  await system.stop();
  await server.stop();
}
