import { Injectable } from '@nestjs/common';
import { isUuid, NotFoundException } from '#common';
import { preparedStatement, TenantDatabase } from '#database';

/** First key of the two-int advisory lock space of interviews; the second is the id's hash. */
const LOCK_SPACE = 0x57504953;

const XACT_LOCK = preparedStatement(`SELECT pg_advisory_xact_lock($1, hashtext($2::text))`);

/**
 * A transaction-scoped advisory lock on an id that has no row to lock yet: two clicks on "start"
 * of one assignment must not open two sessions. Released when the transaction ends.
 */
@Injectable()
export class StartLock {
  constructor(private readonly db: TenantDatabase) {}

  async forTransaction(id: string): Promise<void> {
    // Lower case, as PostgreSQL prints a uuid: the key must match however the client spelled the id.
    const key = id.toLowerCase();
    if (!isUuid(key)) throw new NotFoundException('Assignment');
    await this.db.query(XACT_LOCK, [LOCK_SPACE, key]);
  }
}
