import { Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';

export interface OverdueDelivery {
  organisationId: string;
  deliveryId: string;
  /** The attempt that should have run. */
  nextAttempt: number;
}

/** Pending deliveries whose next attempt should have run before `cutoff`, oldest first, across organisations. */
@Injectable()
export class OverdueDeliveries {
  constructor(private readonly db: TenantDatabase) {}

  find(cutoff: Date, limit: number): Promise<OverdueDelivery[]> {
    return this.db.run(SYSTEM_SCOPE, () =>
      this.db.query<OverdueDelivery>(
        `SELECT organisation_id AS "organisationId", id AS "deliveryId", attempts + 1 AS "nextAttempt"
           FROM webhook_deliveries
          WHERE status = 'PENDING' AND coalesce(next_attempt_at, created_at) < $1
          ORDER BY coalesce(next_attempt_at, created_at)
          LIMIT $2`,
        [cutoff, limit],
      ),
    );
  }
}
