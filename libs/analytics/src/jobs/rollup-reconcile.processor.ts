import { Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { JobName, type JobPayload, jobIdOf, QueueRegistry } from '#jobs';
import { JobHandler } from '#jobs/worker';

/**
 * Daily safety net behind the event-driven refreshes: one reconcile job per organisation, which
 * rewrites only the rollup rows that differ from the summaries (a missed trigger, a re-joined
 * member, data deleted outside the api). One job per organisation keeps each run short and lets
 * other housekeeping interleave.
 */
@Injectable()
export class RollupReconcileProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly queues: QueueRegistry,
  ) {}

  @JobHandler(JobName.ReconcileRollups, { schedule: { id: 'rollup-reconcile', pattern: '17 3 * * *' } })
  async fanOut(_data: JobPayload<JobName.ReconcileRollups>): Promise<{ organisations: number }> {
    const organisations: Array<{ id: string }> = await this.db.run(SYSTEM_SCOPE, () =>
      this.db.manager.query(`SELECT id FROM organisations ORDER BY id`),
    );
    // Added straight to the queue (no tenant transaction to write an outbox row in); the fan-out
    // is repeated daily and each job is idempotent, so a lost one costs a day at most.
    const day = new Date().toISOString().slice(0, 10);
    await this.queues.queueFor(JobName.ReconcileOrganisationRollup).addBulk(
      organisations.map(({ id }) => ({
        name: JobName.ReconcileOrganisationRollup,
        data: { organisationId: id },
        opts: { jobId: jobIdOf('rollup-reconcile', id, day) },
      })),
    );
    return { organisations: organisations.length };
  }
}
