import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { JobName, type JobPayload, QueueRegistry } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { InvitationsService } from '../services/invitations.service.js';

/** Hourly housekeeping: invitations past their expiry are revoked so they can never be redeemed. */
@Injectable()
export class ExpireInvitationsProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly db: TenantDatabase,
    private readonly invitations: InvitationsService,
    private readonly queues: QueueRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.schedule(JobName.ExpireInvitations, 'expire-invitations', { pattern: '0 * * * *' }, { organisationId: null });
  }

  @JobHandler(JobName.ExpireInvitations)
  handle(data: JobPayload<JobName.ExpireInvitations>): Promise<{ expired: number }> {
    const asOf = data.asOf ? new Date(data.asOf) : new Date();
    return this.db.run(SYSTEM_SCOPE, async () => ({ expired: await this.invitations.expireAll(asOf) }));
  }
}
