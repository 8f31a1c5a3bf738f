import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';

/** First key of every session lock (two-int advisory lock space); the second is the session id's hash. */
const LOCK_SPACE = 0x57504953;
/** How long a change waits for another one on the same session before answering SESSION_BUSY. */
const LOCK_TIMEOUT = '15s';
const SAVEPOINT = 'interview_step';

/** Lets the locked work commit what it has done so far (the answer) and continue under the lock. */
export type Checkpoint = () => Promise<void>;

/**
 * Serialises changes to one session. An answer holds a session-level advisory lock across its
 * checkpoint (answer committed, model called, reply written), so two answers to one session never
 * interleave; other changes take the same lock for their transaction only. The row lock taken
 * afterwards (`SELECT ... FOR UPDATE`) also waits for the previous holder's final commit.
 * The locked work runs under a savepoint, so that a failure can be rolled back far enough to
 * release the lock on this pooled connection before the error propagates.
 */
@Injectable()
export class SessionLock {
  private readonly logger = new Logger(SessionLock.name);

  constructor(private readonly db: TenantDatabase) {}

  async acrossCheckpoints<T>(sessionId: string, work: (checkpoint: Checkpoint) => Promise<T>): Promise<T> {
    await this.acquire('pg_advisory_lock', sessionId);
    await this.db.manager.query(`SAVEPOINT ${SAVEPOINT}`);
    const checkpoint: Checkpoint = async () => {
      await this.db.checkpoint();
      await this.db.manager.query(`SAVEPOINT ${SAVEPOINT}`);
    };
    try {
      return await work(checkpoint);
    } catch (error) {
      await this.db.manager.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`).catch(() => undefined);
      throw error;
    } finally {
      await this.db.manager.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [LOCK_SPACE, sessionId]).catch((error: Error) => {
        this.logger.error({ sessionId, err: error.message }, 'could not release a session lock');
      });
    }
  }

  /** The same lock, released when the current transaction ends. */
  forTransaction(sessionId: string): Promise<void> {
    return this.acquire('pg_advisory_xact_lock', sessionId);
  }

  private async acquire(fn: 'pg_advisory_lock' | 'pg_advisory_xact_lock', sessionId: string): Promise<void> {
    try {
      // The materialised CTE sets the timeout (for this transaction) before the lock is requested.
      await this.db.manager.query(
        `WITH timeout AS MATERIALIZED (SELECT set_config('lock_timeout', $3, true)) SELECT ${fn}($1, hashtext($2)) FROM timeout`,
        [LOCK_SPACE, sessionId, LOCK_TIMEOUT],
      );
    } catch (error) {
      if ((error as { driverError?: { code?: string }; code?: string }).driverError?.code === '55P03' || (error as { code?: string }).code === '55P03') {
        throw new InterviewsException('The session is busy with another change; try again', InterviewsExceptionCode.SESSION_BUSY);
      }
      throw error;
    }
  }
}
