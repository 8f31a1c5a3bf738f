// Requests/s of a coach reading a reflection shared with them (the access policy checks share,
// relationship and membership in PostgreSQL on every request, no cache, and writes one access-log
// row per part read) against its owner reading the same reflection (no check, no log), on the
// same server in the same run. Also counts the access-log rows, which must match the coach's
// successful requests exactly, and times deleteMyData over a participant with many reflections.
import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchSystem } from './support/bench-system.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ERASED_SESSIONS = 500;
const TURNS_PER_SESSION = 12;
/** The parts one read touches, each logged once per request: session, turns, summary, action_plan. */
const PARTS = 4;

const READ = `query($id: ID!) { reflectionSession(id: $id) { id status turns { id role content } summary { overview } actionPlan { id } sharedWith { id } } }`;

const system = await startBenchSystem();
const owner = new pg.Client({ connectionString: system.env.DATABASE_URL });
try {
  await owner.connect();
  const admin = await system.signUpWithOrganisation();
  const member = async (roles) => {
    const email = `bench-${roles[0].toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`;
    const invited = await system.gql(
      `mutation($i: InviteInput!) { inviteMember(input: $i) { token } }`,
      { i: { email, roles } },
      admin.token,
    );
    const accepted = await system.gql(
      `mutation($t: String!) { acceptInvitation(token: $t, password: "benchmark-password", displayName: "Bench") { accessToken membership { id } } }`,
      { t: invited.inviteMember.token },
    );
    return { token: accepted.acceptInvitation.accessToken, membershipId: accepted.acceptInvitation.membership.id };
  };
  const [coach, participant, leaver] = [await member(['COACH']), await member(['PARTICIPANT']), await member(['PARTICIPANT'])];
  await system.gql(
    `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
    { c: coach.membershipId, p: participant.membershipId },
    admin.token,
  );
  const template = await system.gql(
    `mutation { createReflectionTemplate(input: { title: "Quarterly check-in", primaryQuestion: "How is your career going?" }) { id } }`,
    {},
    coach.token,
  );
  const session = (
    await system.gql(
      `mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`,
      { t: template.createReflectionTemplate.id },
      participant.token,
    )
  ).startReflectionSession.id;
  for (const content of [
    'I enjoy mentoring juniors but miss leadership chances.',
    'My strengths are system design and teaching.',
    'I want a lead role within 18 months.',
  ]) {
    await system.gql(
      `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { id } } }`,
      { id: session, c: content },
      participant.token,
    );
  }
  await system.gql(
    `mutation($id: ID!, $c: [ID!]!) { shareReflection(sessionId: $id, coachMembershipIds: $c) { id } }`,
    { id: session, c: [coach.membershipId] },
    participant.token,
  );

  const readRun = (title, token, duration) =>
    autocannon({
      url: `${system.url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: READ, variables: { id: session } }),
      title,
    });
  const logged = async () => (await owner.query(`SELECT count(*)::int AS n FROM access_log WHERE session_id = $1`, [session])).rows[0].n;

  await readRun('warm-up', participant.token, 2);
  await readRun('warm-up', coach.token, 2);
  const ownerRead = await readRun('owner read', participant.token, DURATION);
  const before = await logged();
  const coachRead = await readRun('coach read', coach.token, DURATION);
  // Requests still in flight when the run stopped finish on the server: count once the log is still.
  let entries = (await logged()) - before;
  for (let previous = -1; entries !== previous; ) {
    previous = entries;
    await new Promise((resolve) => setTimeout(resolve, 300));
    entries = (await logged()) - before;
  }
  // Every answered request is logged; a request still in flight when the run stops may or may not be.
  const answered = coachRead.requests.total;
  const inFlight = coachRead.requests.sent - answered;
  const complete = entries % PARTS === 0 && entries / PARTS >= answered && entries / PARTS <= answered + inFlight;
  const ratio = coachRead.requests.average / ownerRead.requests.average;
  console.log(
    `owner read: ${ownerRead.requests.average.toFixed(0)} req/s, p50 ${ownerRead.latency.p50} ms, p99 ${ownerRead.latency.p99} ms`,
  );
  console.log(
    `coach read: ${coachRead.requests.average.toFixed(0)} req/s, p50 ${coachRead.latency.p50} ms, p99 ${coachRead.latency.p99} ms`,
  );
  console.log(
    `access log: ${entries} rows = ${entries / PARTS} coach reads x ${PARTS} parts, for ${answered} answered requests (+${inFlight} in flight at the end): ${complete ? 'complete' : 'MISMATCH'}`,
  );
  console.log(`errors/non-2xx: ${ownerRead.non2xx + ownerRead.errors + coachRead.non2xx + coachRead.errors}`);

  // Erasure: a participant with many reflections, written directly (the api path is not what is timed here).
  await owner.query(
    `WITH s AS (
       INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, status, started_at, completed_at)
       SELECT $1, $2, $3, 1, 'COMPLETED', now(), now() FROM generate_series(1, $4) RETURNING id)
     INSERT INTO session_turns (organisation_id, session_id, seq, role, content)
     SELECT $1, s.id, t, CASE WHEN t % 2 = 0 THEN 'INTERVIEWER' ELSE 'PARTICIPANT' END, 'A reflection turn of moderate length, as typed.'
       FROM s CROSS JOIN generate_series(0, $5 - 1) AS t`,
    [admin.organisationId, leaver.membershipId, template.createReflectionTemplate.id, ERASED_SESSIONS, TURNS_PER_SESSION],
  );
  const started = performance.now();
  const report = (await system.gql(`mutation { deleteMyData { sessions turns } }`, {}, leaver.token)).deleteMyData;
  const eraseMs = performance.now() - started;
  console.log(`deleteMyData: ${report.sessions} sessions, ${report.turns} turns erased in ${eraseMs.toFixed(0)} ms (one transaction)`);
  console.log(`coach-read: ${coachRead.requests.average.toFixed(0)} req/s (${ratio.toFixed(2)}x owner read)`);
} finally {
  await owner.end().catch(() => undefined);
  await system.stop();
}
