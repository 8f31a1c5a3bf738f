// Requests/s of `answerReflection` (auth, session lock, answer committed before the interviewer
// runs, embedded model follow-ups, reply stored) against a bare `{ __typename }` on the same
// server, in the same run. Every request answers a different session of a pool, round robin, so
// answers keep flowing through real interviews; the pool is sized from a short calibration run
// so that no interview reaches its closing turn during the measurement.
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchSystem } from './support/bench-system.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
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
try {
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
  const owner = new pg.Client({ connectionString: system.env.DATABASE_URL });
  await owner.connect();
  await owner.query(`UPDATE reflection_template_versions SET max_turns = 1000, max_minutes = 100000 WHERE organisation_id = $1 AND template_id = $2`, [organisationId, templateId]);
  await owner.end();

  const startSessions = async (count) => {
    const ids = [];
    for (let i = 0; i < count; i += 20) {
      const batch = await Promise.all(Array.from({ length: Math.min(20, count - i) }, () => system.gql(START, { id: templateId }, token)));
      ids.push(...batch.map((b) => b.startReflectionSession.id));
    }
    return ids;
  };

  let counter = 0;
  let closed = 0;
  const answerRun = (title, sessions, duration) =>
    autocannon({
      url: `${system.url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (request) => {
            const n = counter++;
            const variables = { id: sessions[n % sessions.length], content: ANSWERS[n % ANSWERS.length], key: `bench-${n}` };
            return { ...request, body: JSON.stringify({ query: ANSWER, variables }) };
          },
          onResponse: (status, body) => {
            if (status === 200 && !body.includes('"errors"') && body.includes('"next":null')) closed++;
          },
        },
      ],
      title,
    });
  const fixedRun = (query, duration, headers = {}) =>
    autocannon({
      url: `${system.url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
      title: query,
    });
  const bareRun = (duration) => fixedRun('{ __typename }', duration);

  // Warm-up and calibration (also loads the NLP model and fills the connection pool).
  await bareRun(2);
  const calibration = await answerRun('calibration', await startSessions(CONNECTIONS * 2), 3);
  const expected = Math.ceil(calibration.requests.average * DURATION * 1.5);
  const sessions = await startSessions(Math.max(CONNECTIONS * 2, Math.ceil(expected / ANSWERS_PER_SESSION)));
  counter = 0;
  closed = 0;

  const bare = await bareRun(DURATION);
  const answers = await answerRun('answerReflection', sessions, DURATION);
  // For context: the floor every authenticated operation pays (token, membership check, tenant transaction).
  const me = await fixedRun('{ me { id } }', DURATION, { authorization: `Bearer ${token}` });
  const errors = answers.non2xx + answers.errors + bare.non2xx + bare.errors + me.non2xx + me.errors;
  const ratio = answers.requests.average / bare.requests.average;
  console.log(`{ __typename }: ${bare.requests.average.toFixed(0)} req/s, p99 ${bare.latency.p99} ms`);
  console.log(`{ me { id } }: ${me.requests.average.toFixed(0)} req/s, p99 ${me.latency.p99} ms (${(me.requests.average / bare.requests.average).toFixed(2)}x __typename)`);
  console.log(`answerReflection: ${answers.requests.average.toFixed(0)} req/s, p50 ${answers.latency.p50} ms, p99 ${answers.latency.p99} ms (${(answers.requests.average / me.requests.average).toFixed(2)}x me)`);
  console.log(`sessions: ${sessions.length}, answers: ${counter}, interviews closed during the run: ${closed}, errors/non-2xx: ${errors}`);
  console.log(`answer-reflection: ${answers.requests.average.toFixed(0)} req/s (${ratio.toFixed(2)}x __typename)`);
} finally {
  await system.stop();
}
