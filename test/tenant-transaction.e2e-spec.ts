import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createOrganisation, type TestOrganisation, testEnv } from '#testing';
// The tenancy files themselves: the lib's index also loads Nest modules, which jest cannot load here.
import { pooledConnectionOptions } from '../libs/database/src/tenancy/connection-options.js';
import { ScopedTransaction } from '../libs/database/src/tenancy/scoped-transaction.js';
import { preparedStatement } from '../libs/database/src/tenancy/sql-statement.js';
import { tenantScope } from '../libs/database/src/tenancy/tenant-scope.type.js';

// The request transaction against the real database as the runtime role: statements sent together
// run in order and in scope, the scope never leaks, and a rolled-back transaction is never reported
// as committed.
const CURRENT = `SELECT current_setting('app.organisation_id', true) AS org, pg_current_xact_id()::text AS xact`;

let dataSource: DataSource;
let org: TestOrganisation;

beforeAll(async () => {
  const url = new URL(testEnv().DATABASE_URL!);
  url.username = 'waypoint_app';
  url.password = testEnv().DATABASE_APP_PASSWORD ?? '';
  dataSource = new DataSource(
    pooledConnectionOptions({ url: url.toString(), poolSize: 2, applicationName: 'waypoint-test', pipeline: true }),
  );
  await dataSource.initialize();
  org = await createOrganisation();
});

afterAll(async () => {
  await dataSource?.destroy();
});

describe('ScopedTransaction', () => {
  it('runs statements sent together with the opening inside the transaction and its scope, in order', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    const [[first], [members]] = await tx.begin([{ statement: CURRENT }, { statement: `SELECT count(*)::int AS n FROM memberships` }]);
    expect(first!.org).toBe(org.id);
    expect(members!.n).toBe(1);
    const [[write], [read]] = await tx.batch([
      { statement: `UPDATE organisations SET name = 'batched' WHERE id = $1 RETURNING name`, values: [org.id] },
      { statement: `SELECT name FROM organisations WHERE id = $1`, values: [org.id] },
    ]);
    expect(write!.name).toBe('batched');
    expect(read!.name).toBe('batched');
    const [again] = await tx.query<{ xact: string }>(CURRENT);
    expect(again!.xact).toBe(first!.xact);
    await tx.finish(false);
  });

  it('is joined by repositories: a save inside it commits only when it does', async () => {
    const tx = new ScopedTransaction(dataSource, tenantScope(org.id));
    await tx.begin();
    await tx.manager.query(`UPDATE organisations SET name = 'not yet' WHERE id = $1`, [org.id]);
    await tx.finish(false);
    const check = new ScopedTransaction(dataSource, tenantScope(org.id));
    await check.begin();
    expect(await check.query(`SELECT name FROM organisations WHERE id = $1`, [org.id])).not.toEqual([{ name: 'not yet' }]);
    await check.finish(true);
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
    tx.onCommit(() => {
      hookRan = true;
    });
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
