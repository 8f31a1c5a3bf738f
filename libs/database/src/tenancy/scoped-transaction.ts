import type { PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { PipelinedConnection } from './pipelined-connection.js';
import { preparedStatement, type SqlRow, type SqlStatement } from './sql-statement.js';
import type { TenantScope } from './tenant-scope.type.js';

type CommitHook = () => void | Promise<void>;

const SET_SCOPE = preparedStatement(
  `SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true), set_config('app.system', $3, true)`,
);

const scopeValues = (scope: TenantScope): string[] => [scope.organisationId ?? '', scope.userId ?? '', scope.system ? 'on' : ''];

/**
 * TypeORM must see the runner inside a transaction (else `save()` opens and commits its own), but
 * its own `startTransaction` waits for each statement, so the transaction is driven here.
 */
function markTransaction(runner: QueryRunner, active: boolean): void {
  Object.assign(runner, { isTransactionActive: active, transactionDepth: active ? 1 : 0 });
}

/**
 * One database transaction bound to a tenant scope. The scope is applied with
 * `set_config(..., true)`, which lasts until the end of the transaction, so a pooled connection
 * never carries a tenant into the next request.
 *
 * Opening sends BEGIN and the scope without waiting for them: the statements issued next travel
 * in the same round trip (pipeline mode) and run after them, in the transaction, in its scope.
 * A checkpoint commits and keeps the connection; the next statement, if any, opens the next
 * transaction the same way, so a request whose last write is checkpointed ends without another
 * round trip.
 */
export class ScopedTransaction {
  private runner: QueryRunner | undefined;
  private connection: PipelinedConnection | undefined;
  private opening: Promise<void> | undefined;
  /** BEGIN and the scope, acknowledged; awaited with the first statement that follows them. */
  private opened: Promise<unknown> | undefined;
  /** Committed by a checkpoint; the next statement opens the next transaction. */
  private between = false;
  private finished = false;
  private hooks: CommitHook[] = [];
  private finishHooks: CommitHook[] = [];

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
    return this.openRunner().manager;
  }

  /** Opens the transaction once; concurrent callers (parallel root fields) share the same opening. */
  begin(): Promise<void> {
    this.opening ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      const connection = new PipelinedConnection((await runner.connect()) as PoolClient);
      this.runner = runner;
      this.connection = connection;
      this.open();
    })();
    return this.opening;
  }

  /** Sends BEGIN and the scope; acknowledged later, with the first statement (whose failure it then shares). */
  private open(): void {
    const connection = this.connection!;
    this.opened = Promise.all([connection.send('BEGIN'), connection.send(SET_SCOPE, scopeValues(this.scope))]);
    this.opened.catch(() => undefined);
    this.between = false;
    markTransaction(this.runner!, true);
  }

  /**
   * Runs raw SQL on the transaction's connection (a `SqlStatement` is prepared once per
   * connection). Issued synchronously, so statements started together share one round trip.
   */
  query<T = SqlRow>(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<T[]> {
    return this.acknowledge(this.openConnection().query<T>(statement, values));
  }

  /** Re-scopes the open transaction (e.g. login reading the user's own memberships). */
  async applyScope(scope: TenantScope): Promise<void> {
    this.scope = scope;
    await this.query(SET_SCOPE, scopeValues(scope));
  }

  /**
   * Makes everything so far durable; what follows runs in a new transaction with the same scope.
   * The COMMIT leaves with any statement issued in the same run before it (one round trip), and a
   * failed statement before it turns it into a rollback, reported as a failure.
   */
  async checkpoint(): Promise<void> {
    const connection = this.openConnection();
    const committed = this.commit(connection);
    this.between = true;
    markTransaction(this.runner!, false);
    await committed;
    await this.runHooks();
  }

  /** Runs after the data it depends on is committed (e.g. dispatching an outbox job). */
  onCommit(hook: CommitHook): void {
    this.hooks.push(hook);
  }

  /** Runs once the transaction ended either way and its connection went back to the pool. */
  onFinish(hook: CommitHook): void {
    this.finishHooks.push(hook);
  }

  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (this.opening) await this.opening.catch(() => undefined);
    const runner = this.runner;
    const connection = this.connection;
    if (!runner || !connection) return;
    try {
      // Between transactions (after a checkpoint) there is nothing left to end.
      if (!this.between) {
        if (commit) await this.commit(connection);
        else await this.acknowledge(connection.query('ROLLBACK')).catch(() => undefined);
      }
    } finally {
      markTransaction(runner, false);
      await runner.release();
    }
    if (commit) await this.runHooks();
    this.hooks = [];
    const finishHooks = this.finishHooks;
    this.finishHooks = [];
    await Promise.allSettled(finishHooks.map((hook) => hook()));
  }

  /**
   * PostgreSQL answers COMMIT of a transaction that a failed statement aborted with ROLLBACK, not
   * an error: that is a failure here, so nothing runs as if the work had been committed.
   */
  private async commit(connection: PipelinedConnection): Promise<void> {
    const result = await this.acknowledge(connection.send('COMMIT'));
    if (result.command !== 'COMMIT') throw new Error('The transaction was rolled back by an earlier failed statement');
  }

  /** The statement's result, once the opening it follows is acknowledged too. */
  private async acknowledge<T>(result: Promise<T>): Promise<T> {
    const opened = this.opened;
    if (!opened) return result;
    const [, value] = await Promise.all([opened, result]);
    if (this.opened === opened) this.opened = undefined;
    return value;
  }

  private openRunner(): QueryRunner {
    if (!this.runner || this.finished) throw new Error('The tenant transaction is not open');
    if (this.between) this.open();
    return this.runner;
  }

  private openConnection(): PipelinedConnection {
    this.openRunner();
    return this.connection!;
  }

  private async runHooks(): Promise<void> {
    const hooks = this.hooks;
    this.hooks = [];
    // A failing hook must not undo or hide the committed work; the outbox relay retries dispatches.
    await Promise.allSettled(hooks.map((hook) => hook()));
  }
}
