import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { ScopedTransaction } from './scoped-transaction.js';
import type { SqlRow, SqlStatement } from './sql-statement.js';
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

  /**
   * Raw SQL in the current transaction, for hot paths: a `SqlStatement` is prepared once per
   * connection, and statements issued together (`Promise.all`) share one round trip.
   */
  query<T = SqlRow>(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<T[]> {
    return this.current().query<T>(statement, values);
  }

  get scope(): TenantScope {
    return this.current().currentScope;
  }

  /** Opens the request's transaction (idempotent within one CLS context). */
  async begin(scope: TenantScope): Promise<ScopedTransaction> {
    let tx = this.cls.get<ScopedTransaction | undefined>(TX_KEY);
    if (!tx) {
      tx = new ScopedTransaction(this.dataSource, scope);
      this.cls.set(TX_KEY, tx);
    }
    await tx.begin();
    return tx;
  }

  /** The open transaction of the current context, if any (used to finish a request). */
  peek(): ScopedTransaction | undefined {
    return this.cls.isActive() ? this.cls.get<ScopedTransaction | undefined>(TX_KEY) : undefined;
  }

  /** Runs `work` in its own transaction and CLS context (jobs, scripts); commits unless it throws. */
  run<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, async () => {
      const tx = await this.begin(scope);
      try {
        const result = await work();
        await tx.finish(true);
        return result;
      } catch (error) {
        await tx.finish(false);
        throw error;
      }
    });
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
   * Ends the current transaction (committing it) and gives its connection back to the pool while
   * `work` runs, then continues in a new transaction with the same scope. For slow calls that need
   * no database (a remote model), so a request does not hold a connection while it waits.
   */
  async releaseDuring<T>(work: () => Promise<T>): Promise<T> {
    const tx = this.current();
    const scope = tx.currentScope;
    await tx.finish(true);
    try {
      return await work();
    } finally {
      const next = new ScopedTransaction(this.dataSource, scope);
      this.cls.set(TX_KEY, next);
      await next.begin();
    }
  }

  checkpoint(): Promise<void> {
    return this.current().checkpoint();
  }

  onCommit(hook: () => void | Promise<void>): void {
    this.current().onCommit(hook);
  }

  private current(): ScopedTransaction {
    const tx = this.peek();
    if (!tx?.isOpen) throw new Error('No tenant transaction is open in this context');
    return tx;
  }
}
