// Materialising due check-in sessions for 10,000 assignments through the scheduler's real code path
// (DueSessionMaterialiser from dist, in SYSTEM scope as the runtime role, in chunks of 1,000), with
// every SQL statement it sends counted at the pg client. The statement count must not grow with
// the number of assignments (only with the number of 1,000-row chunks): the same run with 1,000
// assignments is shown next to it. The baseline is the database's own ceiling for the same writes:
// one plain INSERT ... SELECT of the same 10,000 sessions and 20,000 reminders (rolled back).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { databaseConfig } from '../dist/libs/config/src/index.js';
import { DatabaseModule, prepareDatabase } from '../dist/libs/database/src/index.js';
import { DueSessionMaterialiser } from '../dist/libs/schedules/src/services/due-session-materialiser.service.js';

const LARGE = Number(process.env.BENCH_ASSIGNMENTS ?? 10_000);
const SMALL = 1_000;
const ORGS = 10;
const PARTICIPANTS = 20;
const ZONES = ['Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata'];
const SLUG = 'bench-materialise-';
// A far-future period of its own: no other scheduler run (asOf = now) touches these rows.
const SMALL_DUE = new Date('2061-01-15T09:00:00Z');
const LARGE_DUE = new Date('2061-01-16T09:00:00Z');
const AS_OF = (due) => new Date(due.getTime() + 60_000);

process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/waypoint_bench';
await prepareDatabase(process.env);
const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
await owner.connect();

// Every statement any pg client of this process sends (TypeORM's pool included) is counted.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};

class BenchModule {}
Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [databaseConfig] }),
    DatabaseModule.forRoot({ applicationName: 'waypoint-bench', http: false }),
  ],
  providers: [DueSessionMaterialiser],
})(BenchModule);

const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
try {
  await removeBenchOrganisations();
  await seed(SMALL, SMALL_DUE);
  const large = await seed(LARGE, LARGE_DUE);
  const materialiser = app.get(DueSessionMaterialiser);
  await materialiser.materialise(new Date('2000-01-01T00:00:00Z')); // warm-up: connects the pool, nothing is due

  const baselineMs = await bulkInsertBaseline(large, LARGE_DUE);
  const smallRun = await timed(() => materialiser.materialise(AS_OF(SMALL_DUE)));
  const largeRun = await timed(() => materialiser.materialise(AS_OF(LARGE_DUE)));
  await verify(large, LARGE);

  console.log(`baseline: one INSERT ... SELECT of ${LARGE} sessions + ${2 * LARGE} reminders: ${baselineMs.toFixed(0)} ms`);
  for (const [n, run] of [
    [SMALL, smallRun],
    [LARGE, largeRun],
  ]) {
    const { result } = run;
    console.log(
      `materialise ${n} assignments: ${run.ms.toFixed(0)} ms, ${run.statements} SQL statements ` +
        `(${result.chunks} chunks of <= 1000; ${result.sessions} sessions, ${result.reminders} reminders)`,
    );
  }
  console.log(
    `statements per assignment: ${(largeRun.statements / LARGE).toFixed(4)} (${LARGE} assignments), ${(smallRun.statements / SMALL).toFixed(4)} (${SMALL})`,
  );
  console.log(
    `materialise-due-sessions: ${largeRun.ms.toFixed(0)} ms for ${LARGE} assignments (${(largeRun.ms / baselineMs).toFixed(2)}x bulk INSERT ... SELECT)`,
  );
} finally {
  await removeBenchOrganisations().catch(() => undefined);
  await app.close();
  await owner.end();
}

async function timed(work) {
  const before = statements;
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, statements: statements - before, result };
}

/** `count` assignments due in the hour before `due`, over ORGS organisations of PARTICIPANTS each. */
async function seed(count, due) {
  const ids = [];
  for (let o = 0; o < ORGS; o++) {
    const organisationId = randomUUID();
    ids.push(organisationId);
    await owner.query(`INSERT INTO organisations (id, name, slug) VALUES ($1, 'Bench', $2)`, [organisationId, `${SLUG}${organisationId}`]);
    await owner.query(
      `WITH u AS (
         INSERT INTO users (email, password_hash, display_name)
         SELECT 'bench-' || gen_random_uuid() || '@example.test', 'x', 'Bench' FROM generate_series(1, $2) RETURNING id
       )
       INSERT INTO memberships (organisation_id, user_id, roles) SELECT $1, id, '{PARTICIPANT}' FROM u`,
      [organisationId, PARTICIPANTS],
    );
    const [{ id: templateId }] = (
      await owner.query(`INSERT INTO reflection_templates (organisation_id) VALUES ($1) RETURNING id`, [organisationId])
    ).rows;
    await owner.query(
      `INSERT INTO reflection_template_versions (organisation_id, template_id, version, title, primary_question) VALUES ($1, $2, 1, 'Quarterly check-in', 'How is it going?')`,
      [organisationId, templateId],
    );
    const perOrg = Math.floor(count / ORGS) + (o < count % ORGS ? 1 : 0);
    await owner.query(
      `INSERT INTO assignments (organisation_id, template_id, participant_membership_id, cadence, timezone, starts_at, next_due_at)
       SELECT $1, $2, m.id, 'QUARTERLY', ($5::text[])[1 + g % 4], s.at, s.at
         FROM generate_series(0, $4 - 1) g
         CROSS JOIN LATERAL (SELECT $3::timestamptz - (g % 3600) * interval '1 second' AS at) s
         JOIN LATERAL (SELECT id FROM memberships WHERE organisation_id = $1 ORDER BY id OFFSET g % $6 LIMIT 1) m ON true`,
      [organisationId, templateId, due.toISOString(), perOrg, ZONES, PARTICIPANTS],
    );
  }
  return ids;
}

/** The same rows written by one statement each, as the owner, then rolled back. */
async function bulkInsertBaseline(organisationIds, due) {
  await owner.query('BEGIN');
  try {
    const started = performance.now();
    await owner.query(
      `WITH inserted AS (
         INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, visibility, assignment_id, due_at, window_closes_at, status)
         SELECT a.organisation_id, a.participant_membership_id, a.template_id, 1, 'PRIVATE', a.id, a.next_due_at, a.next_due_at + interval '14 days', 'SCHEDULED'
           FROM assignments a WHERE a.organisation_id = ANY($1) AND a.next_due_at <= $2
         RETURNING id, organisation_id, assignment_id, due_at, window_closes_at
       )
       INSERT INTO session_reminders (organisation_id, session_id, assignment_id, kind, send_at)
       SELECT organisation_id, id, assignment_id, 'DUE', due_at FROM inserted
       UNION ALL
       SELECT organisation_id, id, assignment_id, 'CLOSING', window_closes_at - interval '2 days' FROM inserted`,
      [organisationIds, due.toISOString()],
    );
    return performance.now() - started;
  } finally {
    await owner.query('ROLLBACK');
  }
}

async function verify(organisationIds, expected) {
  const [{ sessions, advanced }] = (
    await owner.query(
      `SELECT (SELECT count(*)::int FROM reflection_sessions WHERE organisation_id = ANY($1)) AS sessions,
              (SELECT count(*)::int FROM assignments WHERE organisation_id = ANY($1) AND next_due_at > $2) AS advanced`,
      [organisationIds, LARGE_DUE.toISOString()],
    )
  ).rows;
  if (sessions !== expected || advanced !== expected)
    throw new Error(`expected ${expected} sessions and advanced assignments, got ${sessions} and ${advanced}`);
}

/**
 * Removes what the bench wrote. Cascading from organisations would run one lookup per deleted
 * row into every referencing table; the bench knows the only tables it filled, so it deletes
 * them in bulk with foreign-key triggers off for this connection (the owner is a superuser here).
 */
async function removeBenchOrganisations() {
  const { rows } = await owner.query(`SELECT id FROM organisations WHERE slug LIKE $1`, [`${SLUG}%`]);
  const ids = rows.map((r) => r.id);
  if (!ids.length) return;
  await owner.query('BEGIN');
  try {
    await owner.query(`SET LOCAL session_replication_role = replica`);
    const users = (await owner.query(`SELECT user_id FROM memberships WHERE organisation_id = ANY($1)`, [ids])).rows.map((r) => r.user_id);
    for (const table of [
      'session_reminders',
      'reflection_sessions',
      'assignments',
      'reflection_template_versions',
      'reflection_templates',
      'memberships',
    ]) {
      await owner.query(`DELETE FROM ${table} WHERE organisation_id = ANY($1)`, [ids]);
    }
    await owner.query(`DELETE FROM organisations WHERE id = ANY($1)`, [ids]);
    await owner.query(`DELETE FROM users WHERE id = ANY($1)`, [users]);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
}
