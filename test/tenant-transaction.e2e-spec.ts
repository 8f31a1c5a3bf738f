import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
// The tenancy files themselves: the lib's index also loads Nest modules, which jest cannot load here.
import { pooledConnectionOptions } from '../libs/database/src/tenancy/connection-options.js';
import { ScopedTransaction } from '../libs/database/src/tenancy/scoped-transaction.js';
import { preparedStatement } from '../libs/database/src/tenancy/sql-statement.js';
import { tenantScope } from '../libs/database/src/tenancy/tenant-scope.type.js';
import { createOrganisation, testEnv, type TestOrganisation } from '#testing';

// The request transaction against the real database as the runtime role: pipelining must never
// reorder statements, leak the scope, or report a rolled-back transaction as committed.
const CURRENT = `SELECT current_setting('app.organisation_id', true) AS org, pg_current_xact_id()::text AS xact`;

let dataSource: DataSource;
let org: TestOrganisation;

beforeAll(async () => {
  const url = new URL(testEnv().DATABASE_URL!);
  url.username = 'waypoint_app';
  url.password = testEnv().DATABASE_APP_PASSWORD ?? '';
  dataSource = new DataSource(pooledConnectionOptions({ url: url.toString(), poolSize: 2, applicationName: 'waypoint-test' }));
  await dataSource.initialize();
  org = await createOrganisation();
});

afterAll(async () => {
  await dataSource?.destroy();
});

/** Statements written to the connection whose answers have not been read yet (pg's pipeline queue). */
const inFlight = (client: PoolClient): number => {
  const c = client as unknown as { _activeQuery: unknown; _sentQueryQueue: unknown[] };
  return (c._activeQuery ? 1 : 0) + c._sentQueryQueue.length;
};
const clientOf = (tx: ScopedTransaction): PoolClient => (tx as unknown as { connection: { client: PoolClient } }).connection.client;

/** Counts the writes on the connection's real socket from now on. */
function countWrites(client: PoolClient): () => number {
  const socket = (client as unknown as { connection: { stream: Record<'_write' | '_writev', (...args: unknown[]) => unknown> } }).connection.stream;
  let writes = 0;
  for (const method of ['_write', '_writev'] as const) {
    const original = socket[method]!.bind(socket);
    socket[method] = (...args: unknown[]) => ((writes += 1), original(...args));
  }
  return () => writes;
}

describe('ScopedTransaction', () => {
  it('runs what follows the opening inside the transaction and its scope, in the opening round trip', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    const client = clientOf(tx);
    const writes = countWrites(client);
    const reads = Promise.all([tx.query<{ org: string; xact: string }>(CURRENT), tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM memberships`)]);
    // No I/O ran since the opening was sent: BEGIN, the scope and both reads are on the wire together.
    expect(inFlight(client)).toBe(4);
    const [[first], [members]] = await reads;
    // Both reads left in one socket write.
    expect(writes()).toBe(1);
    expect(first!.org).toBe(org.id);
    expect(members!.n).toBe(1);
    const [again] = await tx.query<{ xact: string }>(CURRENT);
    expect(again!.xact).toBe(first!.xact);
    await tx.finish(true);
  });

  it('prepares a named statement once per connection', async () => {
    const statement = preparedStatement(`SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1`);
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    expect(await tx.query(statement, [org.id])).toEqual([{ n: 1 }]);
    expect(await tx.query(statement, [org.id])).toEqual([{ n: 1 }]);
    const prepared = await tx.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name = $1`, [statement.name]);
    expect(prepared).toEqual([{ name: statement.name }]);
    await tx.finish(true);
  });

  it('reports a commit that PostgreSQL turned into a rollback as a failure, and runs no commit hooks', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    let hookRan = false;
    tx.onCommit(() => void (hookRan = true));
    await tx.query(`UPDATE organisations SET name = 'renamed' WHERE id = $1`, [org.id]);
    await expect(tx.query(`SELECT 1/0`)).rejects.toThrow(/division by zero/);
    await expect(tx.finish(true)).rejects.toThrow(/rolled back/);
    expect(hookRan).toBe(false);

    const check = new ScopedTransaction(dataSource, tenantScope(org.id));
    await check.begin();
    const [row] = await check.query<{ name: string }>(`SELECT name FROM organisations WHERE id = $1`, [org.id]);
    expect(row!.name).not.toBe('renamed');
    await check.finish(false);
  });

  it('checkpoints: commits what came before, continues in a new transaction with the same scope', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    const [before] = await tx.query<{ xact: string }>(CURRENT);
    await tx.checkpoint();
    const [after] = await tx.query<{ org: string; xact: string }>(CURRENT);
    expect(after!.org).toBe(org.id);
    expect(after!.xact).not.toBe(before!.xact);

    // A statement that fails in the checkpoint's round trip rolls back instead of committing.
    const failing = tx.query(`SELECT 1/0`);
    await expect(Promise.all([failing, tx.checkpoint()])).rejects.toThrow(/division by zero/);
    await expect(tx.checkpoint()).resolves.toBeUndefined();
    await tx.finish(true);
  });

  it('ends a transaction whose last write was checkpointed without another round trip', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    const writes = countWrites(clientOf(tx));
    const renamed = tx.query(`UPDATE organisations SET name = 'checkpointed' WHERE id = $1`, [org.id]);
    await Promise.all([renamed, tx.checkpoint()]);
    await tx.finish(true);
    // The update and its COMMIT left together; finishing sent nothing more.
    expect(writes()).toBe(1);
    const check = new ScopedTransaction(dataSource, tenantScope(org.id));
    await check.begin();
    expect(await check.query(`SELECT name FROM organisations WHERE id = $1`, [org.id])).toEqual([{ name: 'checkpointed' }]);
    await check.finish(true);
  });

  it('hands no scope to the next user of a pooled connection', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    await tx.finish(true);
    const connections = await Promise.all([0, 1].map(() => dataSource.createQueryRunner()));
    for (const runner of connections) {
      const [row] = await runner.query(`SELECT current_setting('app.organisation_id', true) AS org`);
      expect(row.org ?? '').toBe('');
      await runner.release();
    }
  });
});
