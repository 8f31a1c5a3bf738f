import { Injectable, Logger } from '@nestjs/common';
import { isUuid, NotFoundException } from '#common';
import { preparedStatement, TenantDatabase, type SqlStatement } from '#database';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';

/** First key of every session lock (two-int advisory lock space); the second is the session id's hash. */
export const LOCK_SPACE = 0x57504953;
/** How long a change waits for another one on the same session before answering SESSION_BUSY. */
const LOCK_TIMEOUT = '15s';

/** SQL releasing the session lock of the session id bound to `$param` (to end a statement with). */
export const unlockSql = (param: string): string => `pg_advisory_unlock(${LOCK_SPACE}, hashtext(${param}::text))`;

// The materialised CTE sets the timeout (for this transaction) before the lock is requested.
const lockStatement = (fn: string): SqlStatement =>
  preparedStatement(`WITH timeout AS MATERIALIZED (SELECT set_config('lock_timeout', $3, true)) SELECT ${fn}($1, hashtext($2::text)) FROM timeout`);
const LOCK = { pg_advisory_lock: lockStatement('pg_advisory_lock'), pg_advisory_xact_lock: lockStatement('pg_advisory_xact_lock') };
const UNLOCK = preparedStatement(`SELECT ${unlockSql('$1')}`);

/** Lower case, as PostgreSQL prints a uuid: the key must match however the client spelled the id. */
function lockKey(id: string): string {
  const sessionId = id.toLowerCase();
  if (!isUuid(sessionId)) throw new NotFoundException('Reflection session');
  return sessionId;
}

export interface HeldLock {
  /** Commits what was done so far (the answer) and continues, still holding the lock. */
  checkpoint(): Promise<void>;
  /** Records that a statement ending with `unlockSql` succeeded, so the lock is already released. */
  released(): void;
}

/**
 * Serialises changes to one session. An answer holds a session-level advisory lock across its
 * checkpoint (answer committed, model called, reply written), so two answers to one session never
 * interleave; other changes take the same lock for their transaction only. The row lock taken
 * afterwards (`SELECT ... FOR UPDATE`) also waits for the previous holder's final commit, so the
 * reply's own statement may release the advisory lock before that commit, provided it has updated
 * (row-locked) the session first: see `SessionStore.appendTurn`.
 */
@Injectable()
export class SessionLock {
  private readonly logger = new Logger(SessionLock.name);

  constructor(private readonly db: TenantDatabase) {}

  /**
   * Runs `work` holding the session lock. The lock is requested in the same round trip as the
   * first statement of `work`, which PostgreSQL runs only once the lock is granted; if the lock
   * times out, that statement fails too and SESSION_BUSY is what the caller sees.
   */
  async acrossCheckpoints<T>(id: string, work: (lock: HeldLock) => Promise<T>): Promise<T> {
    const sessionId = lockKey(id);
    let held = false;
    const acquired = this.acquire('pg_advisory_lock', sessionId).then(() => void (held = true));
    const working = work({ checkpoint: () => this.db.checkpoint(), released: () => (held = false) });
    try {
      await acquired;
    } catch (error) {
      working.catch(() => undefined);
      throw error;
    }
    try {
      return await working;
    } catch (error) {
      if (held) await this.releaseAfterFailure(sessionId);
      held = false;
      throw error;
    } finally {
      if (held) await this.release(sessionId).catch((error: Error) => this.logger.error({ sessionId, err: error.message }, 'could not release a session lock'));
    }
  }

  /** The same lock, released when the current transaction ends. */
  async forTransaction(id: string): Promise<void> {
    await this.acquire('pg_advisory_xact_lock', lockKey(id));
  }

  private async acquire(fn: keyof typeof LOCK, sessionId: string): Promise<void> {
    try {
      await this.db.query(LOCK[fn], [LOCK_SPACE, sessionId, LOCK_TIMEOUT]);
    } catch (error) {
      if ((error as { driverError?: { code?: string }; code?: string }).driverError?.code === '55P03' || (error as { code?: string }).code === '55P03') {
        throw new InterviewsException('The session is busy with another change; try again', InterviewsExceptionCode.SESSION_BUSY);
      }
      throw error;
    }
  }

  private async release(sessionId: string): Promise<void> {
    await this.db.query(UNLOCK, [sessionId]);
  }

  /**
   * A session-level lock outlives the transaction, so it must never stay on a pooled connection.
   * A failed statement aborts the transaction (the unlock would be refused): it is rolled back
   * first, which the failing mutation would do anyway; what an earlier checkpoint committed stays.
   */
  private async releaseAfterFailure(sessionId: string): Promise<void> {
    try {
      await this.release(sessionId);
    } catch {
      try {
        await this.db.query('ROLLBACK');
        await this.release(sessionId);
      } catch (error) {
        this.logger.error({ sessionId, err: (error as Error).message }, 'could not release a session lock');
      }
    }
  }
}
