import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { ScopedTransaction } from './scoped-transaction.js';
import type { SqlItem, SqlRow, SqlStatement } from './sql-statement.js';
import type { TenantScope } from './tenant-scope.type.js';

const TX_KEY = 'waypoint.tx';

/**
 * The only way domain code reaches PostgreSQL. Every query runs in the transaction of the current
 * request or job, whose tenant scope is set before the first statement; there is no unscoped
 * manager to fall back to, so a forgotten scope fails loudly instead of leaking.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get manager(): EntityManager {
    return this.current().manager;
  }

  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /** Raw SQL in the current transaction (started on first use); a `SqlStatement` is prepared once per connection. */
  query<T = SqlRow>(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<T[]> {
    return this.current().query<T>(statement, values);
  }

  /** Statements sent together, in order, in the current transaction (one round trip with the pool in pipeline mode). */
  batch(items: readonly SqlItem[]): Promise<SqlRow[][]> {
    return this.current().batch(items);
  }

  /**
   * Sends `items` with the COMMIT of the current transaction (one round trip) and gives its
   * connection back; what follows, if anything, runs in a new transaction with the same scope,
   * started by its first statement (`query`, `batch`, `commitWith`).
   */
  async commitWith(items: readonly SqlItem[]): Promise<SqlRow[][]> {
    const tx = this.current();
    try {
      return await tx.commitWith(items);
    } finally {
      this.cls.set(TX_KEY, new ScopedTransaction(this.dataSource, tx.currentScope));
    }
  }

  get scope(): TenantScope {
    return this.current().currentScope;
  }

  /**
   * Opens the request's transaction (idempotent within one CLS context). `first` statements run
   * right after the scope is set, in the same round trip; their rows are returned.
   */
  async begin(scope: TenantScope, first: readonly SqlItem[] = []): Promise<SqlRow[][]> {
    let tx = this.cls.get<ScopedTransaction | undefined>(TX_KEY);
    if (!tx) {
      tx = new ScopedTransaction(this.dataSource, scope);
      this.cls.set(TX_KEY, tx);
    }
    return tx.begin(first);
  }

  /** The open transaction of the current context, if any (used to finish a request). */
  peek(): ScopedTransaction | undefined {
    return this.cls.isActive() ? this.cls.get<ScopedTransaction | undefined>(TX_KEY) : undefined;
  }

  /** Runs `work` in its own transaction and CLS context (jobs, scripts); commits unless it throws. */
  run<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, async () => {
      await this.begin(scope);
      // `work` may have moved to a new transaction (releaseDuring): the current one is ended.
      try {
        const result = await work();
        await this.peek()?.finish(true);
        return result;
      } catch (error) {
        await this.peek()?.finish(false);
        throw error;
      }
    });
  }

  /**
   * Changes the scope of the open transaction for the rest of the request, e.g. once a sign-in
   * has identified the user: what the response then resolves is read as that user.
   */
  async enterScope(scope: TenantScope): Promise<void> {
    await this.current().applyScope(scope);
  }

  /** Temporarily widens or narrows the scope of the open transaction. */
  async withScope<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    const tx = this.current();
    const previous = tx.currentScope;
    await tx.applyScope(scope);
    try {
      return await work();
    } finally {
      await tx.applyScope(previous);
    }
  }

  /**
   * Runs `work` after the current transaction ended (committed or not) and released its
   * connection, or now when none is open. For writes that need their own transaction while a
   * request holds one: waiting for a second connection inside a request can starve the pool.
   */
  async afterTransaction(work: () => Promise<void>): Promise<void> {
    const tx = this.peek();
    if (tx?.isOpen) tx.onFinish(work);
    else await work();
  }

  /**
   * Commits the current transaction and gives its connection back to the pool while `work` runs,
   * then continues in a new transaction with the same scope. For calls that need no database (a
   * model, any network call): no connection, lock or transaction is held while they run.
   */
  async releaseDuring<T>(work: () => Promise<T>): Promise<T> {
    const tx = this.current();
    await tx.finish(true);
    try {
      return await work();
    } finally {
      const next = new ScopedTransaction(this.dataSource, tx.currentScope);
      this.cls.set(TX_KEY, next);
      await next.begin();
    }
  }

  /** Commits what was done so far (even if the request fails later) and continues in a new transaction. */
  async commitNow(): Promise<void> {
    await this.releaseDuring(async () => undefined);
  }

  onCommit(hook: () => void | Promise<void>): void {
    this.current().onCommit(hook);
  }

  private current(): ScopedTransaction {
    const tx = this.peek();
    if (!tx) throw new Error('No tenant transaction is open in this context');
    return tx;
  }
}
