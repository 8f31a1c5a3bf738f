import pg from 'pg';
import { testEnv } from './test-env.util.js';

/** A direct connection as the owner (superuser in tests) or as the runtime app role. */
export async function connect(as: 'owner' | 'app'): Promise<pg.Client> {
  const url = new URL(testEnv().DATABASE_URL!);
  if (as === 'app') {
    url.username = 'waypoint_app';
    url.password = testEnv().DATABASE_APP_PASSWORD ?? '';
  }
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

/** Runs `work` as the app role inside a transaction scoped to one organisation, then rolls back. */
export async function asTenant<T>(organisationId: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect('app');
  try {
    await client.query('BEGIN');
    if (organisationId) await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [organisationId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/** One query as the owner (bypasses RLS): for arranging and checking rows behind the api's back. */
export async function ownerQuery<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = await connect('owner');
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Drops the database of `url` (as its owner, from the maintenance database), closing its connections. */
export async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
