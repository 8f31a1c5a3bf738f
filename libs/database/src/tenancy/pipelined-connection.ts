import type { PoolClient, QueryResult } from 'pg';
import { QueryFailedError } from 'typeorm';
import type { SqlRow, SqlStatement } from './sql-statement.js';

/**
 * A pooled connection in node-postgres' pipeline mode (`pipeline: true`): statements are written
 * as soon as they are issued, without waiting for the answer to the previous one, and PostgreSQL
 * runs them in order. Statements issued in the same synchronous run (e.g. inside one
 * `Promise.all`) also leave in one socket write, so a transaction's opening, a lock and its read,
 * or a write and its commit cost one round trip.
 */
export class PipelinedConnection {
  private corked = false;

  constructor(readonly client: PoolClient) {}

  /** Rows of one statement; failures carry the same `QueryFailedError` shape as TypeORM's. */
  async query<T = SqlRow>(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<T[]> {
    const text = typeof statement === 'string' ? statement : statement.text;
    try {
      return ((await this.send(statement, values)) as QueryResult).rows as T[];
    } catch (error) {
      throw new QueryFailedError(text, values as unknown[], error as Error);
    }
  }

  /** Issues a statement now and returns its pending result (for statements sent together). */
  send(statement: SqlStatement | string, values: readonly unknown[] = []): Promise<QueryResult> {
    this.batchWrites();
    const config = typeof statement === 'string' ? { text: statement, values: [...values] } : { name: statement.name, text: statement.text, values: [...values] };
    return this.client.query(config);
  }

  /** Holds writes until the current synchronous run ends, then sends them together. */
  private batchWrites(): void {
    if (this.corked) return;
    const stream = (this.client as unknown as { connection?: { stream?: NodeJS.WritableStream & { cork?: () => void; uncork?: () => void } } }).connection?.stream;
    if (!stream?.cork || !stream.uncork) return;
    stream.cork();
    this.corked = true;
    queueMicrotask(() => {
      this.corked = false;
      stream.uncork!();
    });
  }
}
