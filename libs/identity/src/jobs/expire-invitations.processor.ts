import { Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { InvitationsService } from '../services/invitations.service.js';

/** Hourly housekeeping: invitations past their expiry are revoked so they can never be redeemed. */
@Injectable()
export class ExpireInvitationsProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invitations: InvitationsService,
  ) {}

  @JobHandler(JobName.ExpireInvitations, { schedule: { id: 'expire-invitations', pattern: '0 * * * *' } })
  handle(data: JobPayload<JobName.ExpireInvitations>): Promise<{ expired: number }> {
    const asOf = data.asOf ? new Date(data.asOf) : new Date();
    return this.db.run(SYSTEM_SCOPE, async () => ({ expired: await this.invitations.expireAll(asOf) }));
  }
}
