import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { TenantScope } from './tenant-scope.type.js';

type CommitHook = () => void | Promise<void>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The scope as a parameterless statement, so a checkpoint can share one round trip with its
 * transaction control (a simple query cannot carry parameters). Only UUIDs are inlined; for
 * anything else it returns null and the caller uses the parameterised statement.
 */
export function inlineScopeSql({ organisationId, userId, system }: TenantScope): string | null {
  if (![organisationId, userId].every((id) => id === null || UUID.test(id))) return null;
  return (
    `SELECT set_config('app.organisation_id', '${organisationId ?? ''}', true), ` +
    `set_config('app.user_id', '${userId ?? ''}', true), set_config('app.system', '${system ? 'on' : ''}', true)`
  );
}

/**
 * One database transaction bound to a tenant scope. The scope is applied with
 * `set_config(..., true)`, which lasts until the end of the transaction, so a pooled connection
 * never carries a tenant into the next request.
 */
export class ScopedTransaction {
  private runner: QueryRunner | undefined;
  private opening: Promise<void> | undefined;
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
    if (!this.runner || this.finished) throw new Error('The tenant transaction is not open');
    return this.runner.manager;
  }

  /** Opens the transaction once; concurrent callers (parallel root fields) share the same opening. */
  begin(): Promise<void> {
    this.opening ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      this.runner = runner;
      await this.applyScope(this.scope);
    })();
    return this.opening;
  }

  /** Re-scopes the open transaction (e.g. login reading the user's own memberships). */
  async applyScope(scope: TenantScope): Promise<void> {
    this.scope = scope;
    await this.manager.query(
      `SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true), set_config('app.system', $3, true)`,
      [scope.organisationId ?? '', scope.userId ?? '', scope.system ? 'on' : ''],
    );
  }

  /** Makes everything so far durable and continues in a new transaction with the same scope. */
  async checkpoint(): Promise<void> {
    const runner = this.runner;
    if (!runner || this.finished) throw new Error('The tenant transaction is not open');
    const inline = inlineScopeSql(this.scope);
    if (inline) {
      // One round trip; TypeORM's view of the runner (one open transaction) stays true throughout.
      await runner.query(`COMMIT; START TRANSACTION; ${inline}`);
    } else {
      await runner.commitTransaction();
      await runner.startTransaction();
      await this.applyScope(this.scope);
    }
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
    if (!runner) return;
    try {
      if (commit) {
        await runner.commitTransaction();
      } else if (runner.isTransactionActive) {
        await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
    if (commit) await this.runHooks();
    this.hooks = [];
    const finishHooks = this.finishHooks;
    this.finishHooks = [];
    await Promise.allSettled(finishHooks.map((hook) => hook()));
  }

  private async runHooks(): Promise<void> {
    const hooks = this.hooks;
    this.hooks = [];
    // A failing hook must not undo or hide the committed work; the outbox relay retries dispatches.
    await Promise.allSettled(hooks.map((hook) => hook()));
  }
}
