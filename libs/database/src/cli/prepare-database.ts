import pg from 'pg';
import { DataSource } from 'typeorm';
import { databaseConfig, loadEnvFile } from '#config';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * Creates the database if it is missing and runs pending migrations as the owner role.
 * Safe to run from several processes at once: migrations are serialised by an advisory lock.
 */
export async function prepareDatabase(env: NodeJS.ProcessEnv = process.env): Promise<{ database: string; applied: string[] }> {
  const config = databaseConfig.load(env);
  const target = new URL(config.ownerUrl);
  const database = decodeURIComponent(target.pathname.slice(1));
  await waitForServer(target, config.waitSeconds);
  await createDatabaseIfMissing(target, database);

  const lock = new pg.Client({ connectionString: config.ownerUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['waypoint:migrations']);
    const dataSource = new DataSource({
      type: 'postgres',
      url: config.ownerUrl,
      migrations: MIGRATIONS,
      migrationsTransactionMode: 'each',
      logging: ['error'],
    });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      if (config.appPassword !== undefined) {
        const [{ sql }] = await dataSource.query(`SELECT format('ALTER ROLE waypoint_app PASSWORD %L', $1::text) AS sql`, [
          config.appPassword,
        ]);
        await dataSource.query(sql);
      }
      return { database, applied: applied.map((m) => m.name) };
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.end();
  }
}

/** Errors of a server that is not up yet (refused, starting, shutting down, unknown host while DNS settles). */
const NOT_YET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', '57P03', '57P01']);

/**
 * Waits up to `seconds` for PostgreSQL to accept connections (a container that has just started,
 * or a server still running its init scripts), so a first boot does not fail on ordering.
 */
async function waitForServer(target: URL, seconds: number): Promise<void> {
  const maintenance = new URL(target);
  maintenance.pathname = '/postgres';
  const deadline = Date.now() + seconds * 1000;
  for (let attempt = 1; ; attempt += 1) {
    const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!NOT_YET.has(code) || Date.now() >= deadline) throw error;
      console.log(JSON.stringify({ msg: 'waiting for the database', attempt, code }));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

async function createDatabaseIfMissing(target: URL, database: string): Promise<void> {
  const maintenance = new URL(target);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created concurrently by another process
    });
  } finally {
    await client.end();
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  loadEnvFile();
  prepareDatabase()
    .then(({ database, applied }) => {
      console.log(JSON.stringify({ msg: 'database ready', database, applied }));
    })
    .catch((error: Error) => {
      console.error(JSON.stringify({ msg: 'database preparation failed', error: error.message }));
      process.exit(1);
    });
}
