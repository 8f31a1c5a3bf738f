import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { LOCK_ORGANISATION_SQL, LOCK_PARTICIPANT_SQL, REFRESH_ROLLUPS_SQL } from './rollup-refresh.sql.js';

export interface RollupChanges {
  periodsWritten: number;
  periodsDeleted: number;
  themesWritten: number;
  themesDeleted: number;
}

/**
 * Recomputes rollup rows from the summaries, from scratch and set-based, so running it twice
 * (a re-delivered job) changes nothing the second time. Runs in the caller's tenant transaction.
 */
@Injectable()
export class RollupRefresher {
  constructor(private readonly db: TenantDatabase) {}

  async refreshParticipant(organisationId: string, participantMembershipId: string): Promise<RollupChanges> {
    await this.db.manager.query(LOCK_PARTICIPANT_SQL, [organisationId, participantMembershipId]);
    return this.run(organisationId, participantMembershipId);
  }

  /** Every participant of the organisation: the reconcile, and the initial build. */
  async refreshOrganisation(organisationId: string): Promise<RollupChanges> {
    await this.db.manager.query(LOCK_ORGANISATION_SQL, [organisationId]);
    return this.run(organisationId, null);
  }

  private async run(organisationId: string, participantMembershipId: string | null): Promise<RollupChanges> {
    const [changes]: RollupChanges[] = await this.db.manager.query(REFRESH_ROLLUPS_SQL, [organisationId, participantMembershipId]);
    return changes;
  }
}
