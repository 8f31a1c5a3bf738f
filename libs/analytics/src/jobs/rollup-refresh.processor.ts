import { Injectable } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import { JobName, type JobPayload } from '#jobs';
import { JobHandler } from '#jobs/worker';
import { type RollupChanges, RollupRefresher } from '../services/rollup-refresher.service.js';

/** Recomputes rollup rows from scratch: after a summary, a consent change, a removal or a deletion. */
@Injectable()
export class RollupRefreshProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly refresher: RollupRefresher,
  ) {}

  @JobHandler(JobName.RefreshParticipantRollup)
  refreshParticipant(data: JobPayload<JobName.RefreshParticipantRollup>): Promise<RollupChanges> {
    return this.db.run(tenantScope(data.organisationId), () =>
      this.refresher.refreshParticipant(data.organisationId, data.participantMembershipId),
    );
  }

  @JobHandler(JobName.ReconcileOrganisationRollup)
  reconcileOrganisation(data: JobPayload<JobName.ReconcileOrganisationRollup>): Promise<RollupChanges> {
    return this.db.run(tenantScope(data.organisationId), () => this.refresher.refreshOrganisation(data.organisationId));
  }
}
