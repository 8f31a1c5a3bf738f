import { Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';

const CHUNK = 1000;

/** Marks due sessions that were never started EXPIRED once their window has passed. */
@Injectable()
export class SessionExpirer {
  constructor(private readonly db: TenantDatabase) {}

  async expire(asOf: Date, chunkSize = CHUNK, organisations: readonly string[] | null = null): Promise<number> {
    let expired = 0;
    for (;;) {
      const count = await this.db.run(SYSTEM_SCOPE, () => this.expireChunk(asOf, chunkSize, organisations));
      expired += count;
      if (count < chunkSize) return expired;
    }
  }

  private async expireChunk(asOf: Date, limit: number, organisations: readonly string[] | null): Promise<number> {
    const rows: unknown[] = await this.db.manager.query(
      `WITH closed AS (
         SELECT id FROM reflection_sessions
          WHERE status = 'SCHEDULED' AND window_closes_at IS NOT NULL AND window_closes_at <= $1
            AND ($3::uuid[] IS NULL OR organisation_id = ANY($3::uuid[]))
          ORDER BY window_closes_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       ), expired AS (
         UPDATE reflection_sessions s SET status = 'EXPIRED', updated_at = now()
           FROM closed WHERE s.id = closed.id AND s.status = 'SCHEDULED'
         RETURNING s.id
       )
       SELECT id FROM expired`,
      [asOf.toISOString(), limit, organisations],
    );
    return rows.length;
  }
}
