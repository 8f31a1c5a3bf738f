import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';

export interface JobStateCounts {
  pending: number;
  running: number;
  ready: number;
  failed: number;
}

export interface OrganisationJobStatus {
  outboxPending: number;
  oldestPendingAt: Date | null;
  researchPlans: JobStateCounts;
  summaries: JobStateCounts;
  actionPlans: JobStateCounts;
}

const COUNTS = (table: string, column: string) => `
  SELECT json_build_object(
    'pending', count(*) FILTER (WHERE ${column} = 'PENDING'), 'running', count(*) FILTER (WHERE ${column} = 'RUNNING'),
    'ready', count(*) FILTER (WHERE ${column} = 'READY'), 'failed', count(*) FILTER (WHERE ${column} = 'FAILED'))
  FROM ${table} WHERE organisation_id = $1`;

/**
 * Background work of one organisation by state, for its admins: counts only, never content or
 * whose work it is. Read from PostgreSQL (the source of truth), not from the shared queues, whose
 * figures would reveal other organisations' volume.
 */
@Injectable()
export class JobStatusService {
  constructor(private readonly db: TenantDatabase) {}

  async forOrganisation(organisationId: string): Promise<OrganisationJobStatus> {
    const [row] = await this.db.manager.query(
      `SELECT (SELECT count(*)::int FROM outbox_jobs WHERE organisation_id = $1 AND dispatched_at IS NULL) AS outbox_pending,
              (SELECT min(created_at) FROM outbox_jobs WHERE organisation_id = $1 AND dispatched_at IS NULL) AS oldest_pending_at,
              (${COUNTS('reflection_template_versions', 'plan_state')}) AS research_plans,
              (${COUNTS('reflection_sessions', 'summary_state')}) AS summaries,
              (${COUNTS('action_plans', 'state')}) AS action_plans`,
      [organisationId],
    );
    return {
      outboxPending: row.outbox_pending,
      oldestPendingAt: row.oldest_pending_at,
      researchPlans: row.research_plans,
      summaries: row.summaries,
      actionPlans: row.action_plans,
    };
  }
}
