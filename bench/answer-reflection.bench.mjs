// Requests/s of `answerReflection` (auth, session lock, answer committed before the interviewer
// runs, embedded model follow-ups, reply stored) against a bare `{ __typename }` on the same
// server, in the same run. Every request answers a different session of a pool, round robin, so
// answers keep flowing through real interviews; the pool is sized from a short calibration run
// so that no interview reaches its closing turn during the measurement. The two loads alternate
// over several rounds, so a machine that speeds up or slows down during the run weighs on both.
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchSystem } from './support/bench-system.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Answers each session takes in the measured run; well below where an interview closes. */
const ANSWERS_PER_SESSION = 10;

const ANSWERS = [
  "I'm a mid-level software engineer and I feel stuck. I enjoy the technical challenges, but I'm frustrated by the lack of mentorship and leadership opportunities.",
  'Strong problem-solving and system design skills, and a natural teaching ability: junior developers often come to me.',
  'I lack formal leadership experience and I have never presented to senior leadership.',
  'Not sure.',
  'My experience is in cloud infrastructure and security, which fintech and healthtech companies are hiring for.',
  'I want to move towards team leadership and technical architecture within a 12-18 month plan.',
  "I'd rate my satisfaction 5 out of 10.",
  'Enrol in a leadership programme, start mentoring two junior developers and get a cloud architecture certification.',
];

const ANSWER = `mutation($id: ID!, $content: String!, $key: String) { answerReflection(sessionId: $id, content: $content, idempotencyKey: $key) { answer { id } next { id questionRef } } }`;
const START = `mutation($id: ID!) { startReflectionSession(templateId: $id) { id } }`;

// Rate limits as high as the configuration allows: the limiter is not what is measured.
const system = await startBenchSystem({ worker: true, env: { RATE_LIMIT_PER_MINUTE: '1000000', AUTH_RATE_LIMIT_PER_MINUTE: '1000000' } });
const owner = new pg.Client({ connectionString: system.env.DATABASE_URL });
try {
  await owner.connect();
  const { token, organisationId } = await system.signUpWithOrganisation();
  const created = await system.gql(
    `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
    {
      input: {
        title: 'Career Development Assessment',
        primaryQuestion: 'How can I assess my career satisfaction and identify the best path for professional growth?',
        mandatoryQuestions: [
          "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
          'What are my core strengths and unique value proposition in my current field and role?',
          'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
        ],
        closingCta: { text: 'Excellent reflection!', url: 'https://plans.example/career' },
        personal: false,
      },
    },
    token,
  );
  const templateId = created.createReflectionTemplate.id;
  // No interview should end on a limit during the run.
  await owner.query(
    `UPDATE reflection_template_versions SET max_turns = 1000, max_minutes = 100000 WHERE organisation_id = $1 AND template_id = $2`,
    [organisationId, templateId],
  );

  const startSessions = async (count) => {
    const ids = [];
    for (let i = 0; i < count; i += 20) {
      const batch = await Promise.all(Array.from({ length: Math.min(20, count - i) }, () => system.gql(START, { id: templateId }, token)));
      ids.push(...batch.map((b) => b.startReflectionSession.id));
    }
    return ids;
  };

  // Request bodies are built before a run, so the load generator spends no time on them during it.
  let counter = 0;
  const answerBodies = (sessions, count) =>
    Array.from({ length: count }, () => {
      const n = counter++;
      return JSON.stringify({
        query: ANSWER,
        variables: { id: sessions[n % sessions.length], content: ANSWERS[n % ANSWERS.length], key: `bench-${n}` },
      });
    });
  const load = (title, duration, { bodies, body, headers = {} }) => {
    let next = 0;
    return autocannon({
      url: `${system.url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json', ...headers },
      ...(bodies ? { requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }] } : { body }),
      title,
    });
  };
  const auth = { authorization: `Bearer ${token}` };
  const bare = (duration) => load('{ __typename }', duration, { body: JSON.stringify({ query: '{ __typename }' }) });
  const me = (duration) => load('{ me { id } }', duration, { body: JSON.stringify({ query: '{ me { id } }' }), headers: auth });

  // Warm-up and calibration (also loads the NLP model and fills the connection pool).
  await bare(2);
  const calibrationSessions = await startSessions(CONNECTIONS * 2);
  const calibration = await load('calibration', 3, { bodies: answerBodies(calibrationSessions, 20_000), headers: auth });
  const expected = Math.ceil(calibration.requests.average * DURATION * 1.5);
  const sessions = await startSessions(Math.max(CONNECTIONS * 2, Math.ceil(expected / ANSWERS_PER_SESSION)));
  counter = 0;
  const bodies = answerBodies(sessions, expected);

  const totals = { bare: { requests: 0, errors: 0 }, answer: { requests: 0, errors: 0, p50: [], p99: [] }, me: { requests: 0, errors: 0 } };
  const slice = DURATION / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    const b = await bare(slice);
    const a = await load('answerReflection', slice, { bodies: bodies.slice(Math.floor((round * bodies.length) / ROUNDS)), headers: auth });
    const m = await me(slice);
    totals.bare.requests += b.requests.total;
    totals.bare.errors += b.errors + b.non2xx;
    totals.answer.requests += a.requests.total;
    totals.answer.errors += a.errors + a.non2xx;
    totals.answer.p50.push(a.latency.p50);
    totals.answer.p99.push(a.latency.p99);
    totals.me.requests += m.requests.total;
    totals.me.errors += m.errors + m.non2xx;
  }
  const perSecond = (n) => n / DURATION;
  const closed = (
    await owner.query(
      `SELECT count(*)::int AS n FROM session_turns WHERE organisation_id = $1 AND session_id = ANY($2::uuid[]) AND question_ref = 'closing'`,
      [organisationId, sessions],
    )
  ).rows[0].n;
  const [bareRate, answerRate, meRate] = [
    perSecond(totals.bare.requests),
    perSecond(totals.answer.requests),
    perSecond(totals.me.requests),
  ];
  const ratio = answerRate / bareRate;
  const errors = totals.bare.errors + totals.answer.errors + totals.me.errors;
  console.log(`rounds: ${ROUNDS} x (${slice.toFixed(1)} s each of __typename, answerReflection, me), ${CONNECTIONS} connections`);
  console.log(`{ __typename }: ${bareRate.toFixed(0)} req/s`);
  console.log(`{ me { id } }: ${meRate.toFixed(0)} req/s (${(meRate / bareRate).toFixed(2)}x __typename)`);
  console.log(
    `answerReflection: ${answerRate.toFixed(0)} req/s, p50 ${Math.max(...totals.answer.p50)} ms, p99 ${Math.max(...totals.answer.p99)} ms (worst round; ${(answerRate / meRate).toFixed(2)}x me)`,
  );
  console.log(
    `sessions: ${sessions.length}, answers: ${totals.answer.requests}, interviews closed during the run: ${closed}, errors/non-2xx: ${errors}`,
  );
  console.log(`answer-reflection: ${answerRate.toFixed(0)} req/s (${ratio.toFixed(2)}x __typename)`);
} finally {
  await owner.end().catch(() => undefined);
  await system.stop();
}
