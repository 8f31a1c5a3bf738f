// Latency of the HR report `developmentThemes` over 1,000,000 summaries of 10,000 participants in
// 100 organisations, through HTTP against the compiled api, compared in the same run with
// `{ __typename }` on the same server (the transport floor); in process, the current check (every
// grouping of the period decided at once) beside the previous one (each grouping on its own); and
// at the SQL level with the same counts computed straight from reflection_summaries (no rollups).
//
// The data lives in a dedicated database and is reused by later runs (BENCH_THEMES_FRESH=1
// regenerates it, BENCH_THEMES_DROP=1 drops it at the end). Organisations and their admins are
// created through the api; members, sessions and summaries are generated set-based in SQL; the
// rollups are built with the refresh statement the worker runs.
import pg from 'pg';
import { quarterBounds, quarterOf } from '../dist/libs/analytics/src/periods/index.js';
import { PROFILE_FIGURES_SQL } from '../dist/libs/analytics/src/services/development-themes.sql.js';
import { LOCK_ORGANISATION_SQL, REFRESH_ROLLUPS_SQL } from '../dist/libs/analytics/src/services/rollup-refresh.sql.js';
import { startBenchSystem } from './support/bench-system.mjs';
import { currentReport } from './support/current-report-check.mjs';
import { previousReport } from './support/previous-report-check.mjs';

const DATABASE_URL = process.env.BENCH_THEMES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/waypoint_bench_themes';
const ORGANISATIONS = 100;
const PARTICIPANTS_PER_ORG = 100;
const SUMMARIES_PER_PARTICIPANT = 100;
const QUARTERS = 25; // summaries spread over the last ~6 years
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const PASSWORD = 'benchmark-password';
const THEMES = [
  'mentorship',
  'leadership',
  'skill_development',
  'career_progression',
  'recognition',
  'compensation',
  'work_life_balance',
  'culture',
  'manager_relationship',
  'purpose_impact',
  'workload',
  'flexibility',
  'role_clarity',
  'learning',
  'team_dynamics',
];
const REPORT = `query($period: String!, $groupBy: String, $department: String, $team: String) {
  developmentThemes(period: $period, groupBy: $groupBy, department: $department, team: $team) {
    period threshold suppressedCells noise { epsilon }
    groups { group department team participants averageSatisfaction suppressed suppressionReason
             satisfaction { estimated participants average suppressed } themes { theme label participants share averageSentiment } hiddenThemes { theme suppressionReason } } } }`;
const adminEmail = (n) => `bench-themes-admin-${n}@example.test`;

const timer = () => {
  const start = performance.now();
  return () => performance.now() - start;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const fmt = (ms) => ms.toFixed(2);

/** mulberry32: the same organisations, quarters and groupings on every run. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function withClient(url, work, options = {}) {
  const client = new pg.Client({ connectionString: url, ...options });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function maintenanceUrl() {
  const url = new URL(DATABASE_URL);
  url.pathname = '/postgres';
  return url.toString();
}
const databaseName = () => decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));

/** True when an earlier run left the complete data set (summaries and rollups). */
async function hasData() {
  const exists = await withClient(
    maintenanceUrl(),
    async (db) => (await db.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName()])).rowCount === 1,
  );
  if (!exists) return false;
  return withClient(DATABASE_URL, async (db) => {
    const tables = await db.query(`SELECT to_regclass('analytics_participant_periods') IS NOT NULL AS ok`);
    if (!tables.rows[0].ok) return false;
    const { rows } = await db.query(`SELECT (SELECT count(*) FROM reflection_summaries)::int AS summaries,
      (SELECT count(*) FROM organisations WHERE name LIKE 'Bench themes %')::int AS organisations,
      (SELECT count(DISTINCT organisation_id) FROM analytics_participant_periods)::int AS rolled_up`);
    const [row] = rows;
    return (
      row.summaries === ORGANISATIONS * PARTICIPANTS_PER_ORG * SUMMARIES_PER_PARTICIPANT &&
      row.organisations === ORGANISATIONS &&
      row.rolled_up === ORGANISATIONS
    );
  });
}

async function dropDatabase() {
  await withClient(maintenanceUrl(), (db) => db.query(`DROP DATABASE IF EXISTS ${db.escapeIdentifier(databaseName())} WITH (FORCE)`));
}

/** Organisations and their admins through the real api (4 at a time: argon2 is deliberately slow). */
async function createOrganisations(system) {
  const tokens = [];
  for (let n = 1; n <= ORGANISATIONS; n += 4) {
    const batch = Array.from({ length: Math.min(4, ORGANISATIONS - n + 1) }, async (_, i) => {
      const email = adminEmail(n + i);
      const signUp = await system.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
        i: { email, password: PASSWORD, displayName: 'Bench admin' },
      });
      const org = await system.gql(
        `mutation($name: String!) { createOrganisation(name: $name) { accessToken membership { organisation { id } } } }`,
        { name: `Bench themes ${n + i}` },
        signUp.signUp.accessToken,
      );
      return { organisationId: org.createOrganisation.membership.organisation.id, token: org.createOrganisation.accessToken };
    });
    tokens.push(...(await Promise.all(batch)));
  }
  return tokens;
}

async function loginAdmins(system) {
  const orgs = await withClient(
    DATABASE_URL,
    async (db) =>
      (await db.query(`SELECT id, substring(name FROM '[0-9]+$')::int AS n FROM organisations WHERE name LIKE 'Bench themes %' ORDER BY 2`))
        .rows,
  );
  const tokens = [];
  for (let i = 0; i < orgs.length; i += 4) {
    tokens.push(
      ...(await Promise.all(
        orgs.slice(i, i + 4).map(async ({ id, n }) => {
          const login = await system.gql(
            `mutation($e: String!, $p: String!, $o: ID) { login(email: $e, password: $p, organisationId: $o) { accessToken } }`,
            { e: adminEmail(n), p: PASSWORD, o: id },
          );
          return { organisationId: id, token: login.login.accessToken };
        }),
      )),
    );
  }
  return tokens;
}

/** Members, completed sessions and summaries, set-based. A bulk load: triggers (the summary
 *  source check, foreign keys) are skipped in replica mode; CHECK constraints still apply. */
async function generate(db) {
  const step = async (label, sql, params = []) => {
    const elapsed = timer();
    const result = await db.query(sql, params);
    console.log(`  ${label}: ${result.rowCount ?? 0} rows in ${(elapsed() / 1000).toFixed(1)} s`);
  };
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SET synchronous_commit = off`);
  await db.query(`CREATE TEMP TABLE bench_orgs AS SELECT id FROM organisations WHERE name LIKE 'Bench themes %'`);
  await db.query(`CREATE TEMP TABLE bench_people AS
    SELECT o.id AS organisation_id, i, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id
      FROM bench_orgs o, generate_series(1, ${PARTICIPANTS_PER_ORG}) i`);
  await step(
    'users',
    `INSERT INTO users (id, email, password_hash, display_name)
    SELECT user_id, 'bench-themes-' || membership_id || '@example.test', 'no-login', 'Participant ' || i FROM bench_people`,
  );
  // 5 departments, 20 teams; one participant in 20 has opted out.
  await step(
    'memberships',
    `INSERT INTO memberships (id, organisation_id, user_id, roles, department, team, aggregate_consent)
    SELECT membership_id, organisation_id, user_id, '{PARTICIPANT}', 'Department ' || (i % 5 + 1), 'Team ' || (i % 20 + 1), i % 20 <> 0 FROM bench_people`,
  );
  await step('templates', `INSERT INTO reflection_templates (organisation_id) SELECT id FROM bench_orgs`);
  await step(
    'sessions',
    `INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, status, summary_state, completed_at)
    SELECT p.organisation_id, p.membership_id, t.id, 1, 'COMPLETED', 'READY', now() - random() * interval '${QUARTERS * 91} days'
      FROM bench_people p JOIN reflection_templates t ON t.organisation_id = p.organisation_id, generate_series(1, ${SUMMARIES_PER_PARTICIPANT}) k`,
  );
  // 1-4 coded themes per summary, from 1,000 precomputed variants (building JSON per row is slow).
  await db.query(
    `CREATE TEMP TABLE bench_theme_sets AS
    SELECT v, jsonb_agg(jsonb_build_object('key', ($1::text[])[1 + abs(hashtext(v || '.' || g)) % ${THEMES.length}], 'label', 'Bench',
             'sentiment', round((random() * 2 - 1)::numeric, 2), 'turnIds', jsonb_build_array('bench'))) AS themes
      FROM generate_series(0, 999) v, generate_series(1, 1 + v % 4) g GROUP BY v`,
    [THEMES],
  );
  await step(
    'summaries',
    `INSERT INTO reflection_summaries (organisation_id, session_id, participant_membership_id, overview, satisfaction_score,
      satisfaction_source, themes, provider, model, prompt_version, created_at)
    SELECT r.organisation_id, r.id, r.participant_membership_id, 'Bench overview', round((random() * 10)::numeric, 1),
           CASE WHEN random() < 0.1 THEN 'estimated' ELSE 'participant' END,
           t.themes, 'embedded', 'heuristic', 'bench', r.completed_at
      FROM reflection_sessions r JOIN bench_theme_sets t ON t.v = abs(hashtext(r.id::text)) % 1000
     WHERE r.organisation_id IN (SELECT id FROM bench_orgs)`,
  );
  await db.query(`RESET session_replication_role`);
}

/** Builds every organisation's rollups with the worker's refresh statement, in its tenant scope. */
async function buildRollups(db, organisationIds) {
  const elapsed = timer();
  let rows = 0;
  for (const organisationId of organisationIds) {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.organisation_id', $1, true)`, [organisationId]);
    await db.query(LOCK_ORGANISATION_SQL, [organisationId]);
    const {
      rows: [changes],
    } = await db.query(REFRESH_ROLLUPS_SQL, [organisationId, null]);
    await db.query('COMMIT');
    rows += changes.periodsWritten + changes.themesWritten;
  }
  console.log(`  rollups: ${rows} rows for ${organisationIds.length} organisations in ${(elapsed() / 1000).toFixed(1)} s`);
}

/** The same counts computed from the summaries at request time: what the rollups avoid. */
function fromSummariesSql() {
  const group = `nullif(btrim(m.department), '')`;
  return `
WITH src AS (
  SELECT s.participant_membership_id AS pid, ${group} AS grp, s.satisfaction_score, s.themes
    FROM reflection_summaries s
    JOIN reflection_sessions r ON r.organisation_id = s.organisation_id AND r.id = s.session_id AND r.status = 'COMPLETED'
    JOIN memberships m ON m.organisation_id = s.organisation_id AND m.id = s.participant_membership_id
   WHERE s.organisation_id = $1 AND r.completed_at >= $2 AND r.completed_at < $3 AND m.removed_at IS NULL AND m.aggregate_consent
), people AS (SELECT pid, grp, avg(satisfaction_score) AS sat FROM src GROUP BY pid, grp),
themes AS (SELECT pid, grp, e->>'key' AS theme, avg((e->>'sentiment')::float8) AS sentiment FROM src, jsonb_array_elements(themes) e GROUP BY 1, 2, 3)
SELECT NULL AS theme, grp, GROUPING(grp) = 1 AS total, count(*), sum(sat), count(sat) FROM people GROUP BY GROUPING SETS ((), (grp))
UNION ALL
SELECT theme, grp, GROUPING(grp) = 1, count(*), sum(sentiment), count(*) FROM themes GROUP BY GROUPING SETS ((theme), (theme, grp))`;
}

function quarters() {
  const list = [];
  let date = new Date();
  for (let i = 0; i < QUARTERS; i += 1) {
    const period = quarterOf(date);
    list.push(period);
    date = new Date(quarterBounds(period).start.getTime() - 1);
  }
  return list;
}

// ---------------------------------------------------------------------------------------------

if (process.env.BENCH_THEMES_FRESH === '1') await dropDatabase();
const reuse = await hasData();
if (!reuse) await dropDatabase(); // an incomplete earlier run
const system = await startBenchSystem({ env: { DATABASE_URL } });
try {
  let tenants;
  if (reuse) {
    console.log(`reusing the data in ${databaseName()}`);
    tenants = await loginAdmins(system);
  } else {
    console.log(`generating ${ORGANISATIONS * PARTICIPANTS_PER_ORG * SUMMARIES_PER_PARTICIPANT} summaries in ${databaseName()}`);
    const elapsed = timer();
    tenants = await createOrganisations(system);
    await withClient(DATABASE_URL, async (db) => {
      await generate(db);
      await buildRollups(
        db,
        tenants.map((t) => t.organisationId),
      );
      await db.query('ANALYZE');
    });
    console.log(`  generated in ${(elapsed() / 1000).toFixed(1)} s`);
  }

  const periods = quarters();
  const random = seeded(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Every kind of request HR can make: groupings, the department x team pairs, filters.
  const request = () => {
    const filter = random();
    return {
      groupBy: pick([null, 'department', 'team', 'department_team']),
      department: filter < 0.2 ? `Department ${1 + Math.floor(random() * 5)}` : null,
      team: filter >= 0.2 && filter < 0.4 ? `Team ${1 + Math.floor(random() * 20)}` : null,
    };
  };
  const calls = Array.from({ length: CALLS }, () => ({ tenant: pick(tenants), period: pick(periods), ...request() }));
  const variables = (call) => ({ period: call.period, groupBy: call.groupBy, department: call.department, team: call.team });

  // Warm-up (JIT, connection pool, plan caches), then report and __typename interleaved so both
  // see the same neighbours on a shared machine.
  for (const call of calls.slice(0, 20)) await system.gql(REPORT, variables(call), call.tenant.token);
  const report = [];
  const bare = [];
  const authed = [];
  let shownParticipants = 0;
  const reasons = new Map();
  for (const call of calls) {
    let elapsed = timer();
    const data = await system.gql(REPORT, variables(call), call.tenant.token);
    report.push(elapsed());
    shownParticipants += data.developmentThemes.groups[0].participants ?? 0;
    for (const group of data.developmentThemes.groups)
      reasons.set(group.suppressionReason ?? 'shown', (reasons.get(group.suppressionReason ?? 'shown') ?? 0) + 1);
    elapsed = timer();
    await system.gql('{ __typename }', {});
    bare.push(elapsed());
    elapsed = timer();
    await system.gql('{ organisation { anonymityThreshold } }', {}, call.tenant.token);
    authed.push(elapsed());
  }

  // With noise: ten organisations switch it on, are asked again, and switch it off.
  const noisyTenants = tenants.slice(0, 10);
  const setNoise = (tenant, epsilon) =>
    system.gql(`mutation($e: Float) { setAggregateNoise(epsilon: $e) { id } }`, { e: epsilon }, tenant.token);
  for (const tenant of noisyTenants) await setNoise(tenant, 1);
  const noisy = [];
  try {
    for (let i = 0; i < 60; i += 1) {
      const call = { ...calls[i], tenant: noisyTenants[i % noisyTenants.length] };
      const elapsed = timer();
      const data = await system.gql(REPORT, variables(call), call.tenant.token);
      noisy.push(elapsed());
      if (data.developmentThemes.noise?.epsilon !== 1) throw new Error('the noisy report carries no noise');
    }
  } finally {
    for (const tenant of noisyTenants) await setNoise(tenant, null);
  }

  // In process and at the SQL level, as the runtime role in the tenant's scope (row-level security
  // applies), on a pipelined connection like the api's.
  const sql = await withClient(
    DATABASE_URL,
    async (db) => {
      await db.query('SET ROLE waypoint_app');
      const scoped = async (organisationId, work) => {
        await db.query('BEGIN');
        await db.query(`SELECT set_config('app.organisation_id', $1, true)`, [organisationId]);
        try {
          return await work();
        } finally {
          await db.query('ROLLBACK');
        }
      };
      const previous = [];
      const current = [];
      const currentAny = [];
      const rollup = [];
      const direct = [];
      for (const [i, call] of calls.slice(0, 80).entries()) {
        const organisationId = call.tenant.organisationId;
        await scoped(organisationId, async () => {
          // Alternate which check runs first, so that neither always finds the other's cache.
          const checks = [
            async () => {
              const elapsed = timer();
              await previousReport(db, organisationId, call.period, 'department');
              previous.push(elapsed());
            },
            async () => {
              const elapsed = timer();
              await currentReport(db, organisationId, call.period, 'department');
              current.push(elapsed());
            },
          ];
          for (const check of i % 2 ? checks.reverse() : checks) await check();
          let elapsed = timer();
          await currentReport(db, organisationId, call.period, call.groupBy, call.department, call.team);
          currentAny.push(elapsed());
          if (i < 40) {
            const { start, end } = quarterBounds(call.period);
            elapsed = timer();
            await db.query({ name: PROFILE_FIGURES_SQL.name, text: PROFILE_FIGURES_SQL.text, values: [organisationId, call.period] });
            rollup.push(elapsed());
            elapsed = timer();
            await db.query(fromSummariesSql(), [organisationId, start, end]);
            direct.push(elapsed());
          }
        });
      }
      const sample = calls[0];
      const plan = await scoped(sample.tenant.organisationId, async () =>
        (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${PROFILE_FIGURES_SQL.text}`, [sample.tenant.organisationId, periods[1]])).rows.map(
          (r) => r['QUERY PLAN'],
        ),
      );
      return { previous, current, currentAny, rollup, direct, plan, period: periods[1] };
    },
    { pipeline: true },
  );

  const line = (values) => `p50 ${fmt(percentile(values, 50))} ms, p95 ${fmt(percentile(values, 95))} ms`;
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the report's main query (${sql.period}):`);
  console.log(sql.plan.map((l) => `  ${l}`).join('\n'));
  console.log(
    `\ndata: ${ORGANISATIONS} organisations, ${ORGANISATIONS * PARTICIPANTS_PER_ORG} participants, ${ORGANISATIONS * PARTICIPANTS_PER_ORG * SUMMARIES_PER_PARTICIPANT} summaries over ${QUARTERS} quarters`,
  );
  console.log(
    `calls: ${CALLS} sequential, random organisation x quarter x grouping x filter; mean total row: ${(shownParticipants / CALLS).toFixed(1)} participants`,
  );
  console.log(`rows shown or hidden: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`HTTP developmentThemes:  ${line(report)}, max ${fmt(Math.max(...report))} ms`);
  console.log(`HTTP same, with noise:   ${line(noisy)} (10 organisations, ε 1)`);
  console.log(`HTTP { __typename }:     ${line(bare)}`);
  console.log(`HTTP { organisation }:   ${line(authed)} (token check, membership, tenant transaction, one lookup)`);
  const ratio = percentile(sql.current, 95) / percentile(sql.previous, 95);
  console.log(`in process, SQL + check, groupBy department, same calls interleaved:`);
  console.log(`  previous check (each grouping on its own):      ${line(sql.previous)}`);
  console.log(`  current check (every grouping of the period):   ${line(sql.current)} (${ratio.toFixed(2)}x the previous p95)`);
  console.log(`  current check, any grouping and filter:         ${line(sql.currentAny)}`);
  console.log(`SQL main query from rollups: ${line(sql.rollup)}`);
  console.log(
    `SQL same from summaries:     ${line(sql.direct)} (${(percentile(sql.direct, 95) / percentile(sql.rollup, 95)).toFixed(0)}x slower)`,
  );
  const p95 = percentile(report, 95);
  console.log(`development-themes: ${fmt(p95)} ms p95 (${(p95 / percentile(bare, 95)).toFixed(2)}x { __typename })`);
} finally {
  await system.stop();
  if (process.env.BENCH_THEMES_DROP === '1') await dropDatabase();
}
