import type { PoolClient, QueryResult } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';
import { preparedStatement, type SqlItem, type SqlRow, type SqlStatement } from './sql-statement.js';
import type { TenantScope } from './tenant-scope.type.js';

type Hook = () => void | Promise<void>;

const SET_SCOPE = preparedStatement(
  `SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true), set_config('app.system', $3, true)`,
);

const scopeValues = (scope: TenantScope): string[] => [scope.organisationId ?? '', scope.userId ?? '', scope.system ? 'on' : ''];

/**
 * One database transaction bound to a tenant scope, on one pooled connection. The scope is set
 * with `set_config(..., true)`, which lasts until the end of the transaction, so a pooled
 * connection never carries a tenant into the next request.
 *
 * It starts on first use with TypeORM's own `startTransaction` (so repositories join it rather
 * than open their own); the scope then travels with the first statements. Statements issued
 * together (`batch`, `commitWith`) leave in one round trip when the pool runs in pipeline mode,
 * and run in order. The COMMIT's answer is checked: PostgreSQL answers COMMIT of a transaction
 * that an earlier failed statement aborted with ROLLBACK, and that is a failure here.
 */
export class ScopedTransaction {
  private runner: QueryRunner | undefined;
  private client: PoolClient | undefined;
  private started: Promise<void> | undefined;
  private scoped = false;
  private finished = false;
  private hooks: Hook[] = [];
  private finishHooks: Hook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private scope: TenantScope,
  ) {}

  get isOpen(): boolean {
    return this.runner !== undefined && !this.finished;
  }

  get currentScope(): TenantScope {
    return this.scope;
  }

  get manager(): EntityManager {
    if (!this.runner || this.finished) throw new Error('The tenant transaction is not open');
    return this.runner.manager;
  }

  /** Starts the transaction (once, shared by concurrent callers) and sends the scope with `first`. */
  begin(first: readonly SqlItem[] = []): Promise<SqlRow[][]> {
    return this.batch(first);
  }

  /** Raw SQL in the transaction; a `SqlStatement` is prepared once per connection. */
  async query<T = SqlRow>(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<T[]> {
    const [rows] = await this.batch([{ statement, values }]);
    return rows as T[];
  }

  /** Statements sent together, in order, in this transaction; their rows in the same order. */
  async batch(items: readonly SqlItem[]): Promise<SqlRow[][]> {
    await this.start();
    const [, ...results] = await Promise.all(this.issue(items));
    return results.map((r) => r!.rows);
  }

  /**
   * Sends `items` and the COMMIT together (one round trip), then ends the transaction and gives the
   * connection back. A failed statement turns the COMMIT into a rollback: that is thrown.
   */
  async commitWith(items: readonly SqlItem[]): Promise<SqlRow[][]> {
    await this.start();
    const issued = this.issue(items);
    const commit = this.send('COMMIT');
    const settled = await Promise.allSettled([...issued, commit]);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    const committed = !failed && (settled[settled.length - 1] as PromiseFulfilledResult<QueryResult>).value.command === 'COMMIT';
    await this.release(committed);
    if (failed) throw failed.reason;
    if (!committed) throw new Error('The transaction was rolled back by an earlier failed statement');
    return settled.slice(1, -1).map((s) => (s as PromiseFulfilledResult<QueryResult>).value.rows);
  }

  /** Re-scopes the open transaction (e.g. login reading the user's own memberships). */
  async applyScope(scope: TenantScope): Promise<void> {
    this.scope = scope;
    await this.query(SET_SCOPE, scopeValues(scope));
  }

  /** Runs after the data it depends on is committed (e.g. dispatching an outbox job). */
  onCommit(hook: Hook): void {
    this.hooks.push(hook);
  }

  /** Runs once the transaction ended either way and its connection went back to the pool. */
  onFinish(hook: Hook): void {
    this.finishHooks.push(hook);
  }

  /** Commits (or rolls back) and gives the connection back; commit hooks run after a commit only. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    if (this.started) await this.started.catch(() => undefined);
    const client = this.client;
    if (!client || !this.runner) {
      this.finished = true;
      return;
    }
    let committed = false;
    try {
      if (commit) {
        const result = await client.query('COMMIT');
        if (result.command !== 'COMMIT') throw new Error('The transaction was rolled back by an earlier failed statement');
        committed = true;
      } else {
        await client.query('ROLLBACK').catch(() => undefined);
      }
    } finally {
      await this.release(committed);
    }
  }

  private start(): Promise<void> {
    if (this.finished) return Promise.reject(new Error('The tenant transaction is not open'));
    this.started ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      this.client = (await runner.connect()) as PoolClient;
      this.runner = runner;
      await runner.startTransaction();
    })();
    return this.started;
  }

  /**
   * Issues statements now, preceded by the scope the first time; the first promise is the scope's
   * (an empty result once it was sent), the others the statements', in order.
   */
  private issue(items: readonly SqlItem[]): [Promise<QueryResult | null>, ...Array<Promise<QueryResult>>] {
    const scope: Promise<QueryResult | null> = this.scoped ? Promise.resolve(null) : this.send(SET_SCOPE, scopeValues(this.scope));
    this.scoped = true;
    return [scope, ...items.map((item) => this.send(item.statement, item.values))];
  }

  private async release(committed: boolean): Promise<void> {
    this.finished = true;
    await this.runner?.release();
    const finishHooks = this.finishHooks;
    this.finishHooks = [];
    const hooks = committed ? this.hooks : [];
    this.hooks = [];
    // A failing hook must not undo or hide the committed work; the outbox relay retries dispatches.
    await Promise.allSettled(hooks.map((hook) => hook()));
    await Promise.allSettled(finishHooks.map((hook) => hook()));
  }

  private async send(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<QueryResult> {
    if (!this.client || this.finished) throw new Error('The tenant transaction is not open');
    const text = typeof statement === 'string' ? statement : statement.text;
    const config = typeof statement === 'string' ? { text, values: [...values] } : { name: statement.name, text, values: [...values] };
    try {
      return await this.client.query(config);
    } catch (error) {
      throw new QueryFailedError(text, values as unknown[], error as Error);
    }
  }
}
