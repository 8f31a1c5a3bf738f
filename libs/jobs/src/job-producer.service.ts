import { Injectable, Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TenantDatabase } from '#database';
import { JobName } from './job-name.enum.js';
import type { JobPayload, TenantJob } from './job-payloads.type.js';
import { OutboxJobEntity } from './outbox-job.entity.js';
import { QueueRegistry } from './queue-registry.service.js';

/** A push to Redis that has not answered by then is left to the relay (Redis unreachable since boot). */
const DISPATCH_WAIT_MS = 2_000;

/**
 * Enqueues jobs through a transactional outbox: the row is written in the caller's transaction,
 * so a job exists if and only if the change that needs it was committed. It is pushed to Redis
 * right after the commit; the worker's relay re-sends anything a crash or a Redis outage left
 * behind. While Redis is down the push fails at once, so the request answers without waiting.
 */
@Injectable()
export class JobProducer {
  private readonly logger = new Logger(JobProducer.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly queues: QueueRegistry,
  ) {}

  async enqueue<N extends JobName>(name: N, data: JobPayload<N> & TenantJob, options: { jobId: string }): Promise<void> {
    await this.enqueueAll(name, [{ data, jobId: options.jobId }]);
  }

  /** Several jobs of one name through the outbox, written in one statement. */
  async enqueueAll<N extends JobName>(name: N, jobs: ReadonlyArray<{ data: JobPayload<N> & TenantJob; jobId: string }>): Promise<void> {
    if (!jobs.length) return;
    const rows = await this.db.repository(OutboxJobEntity).save(
      jobs.map(({ data, jobId }) => ({
        organisationId: data.organisationId,
        jobName: name,
        jobId,
        payload: data as unknown as Record<string, unknown>,
        dispatchedAt: null,
      })),
    );
    for (const row of rows) this.db.onCommit(() => this.dispatchAfterCommit(row));
  }

  /**
   * Pushes a job to Redis now, to run after `delayMs` (a retry the worker schedules for itself).
   * Not through the outbox: the caller must be able to push it again if this fails.
   */
  async enqueueDelayed<N extends JobName>(name: N, data: JobPayload<N>, options: { jobId: string; delayMs: number }): Promise<void> {
    await withinMs(
      this.queues.queueFor(name).add(name, data, { jobId: options.jobId, delay: Math.max(0, options.delayMs) }),
      DISPATCH_WAIT_MS,
    );
  }

  /**
   * For work PostgreSQL can always find again (a sweep re-derives it from its own rows): pushed to
   * Redis after the commit, without an outbox row. A push that fails is left to that sweep.
   */
  enqueueAfterCommit<N extends JobName>(name: N, data: JobPayload<N>, options: { jobId: string }): void {
    this.db.onCommit(async () => {
      try {
        await withinMs(this.queues.queueFor(name).add(name, data, { jobId: options.jobId }), DISPATCH_WAIT_MS);
      } catch (error) {
        this.logger.warn({ job: name, jobId: options.jobId, err: error }, 'job push deferred to its sweep');
      }
    });
  }

  /** Pushes one committed outbox row to its queue and marks it dispatched. */
  async dispatch(row: OutboxJobEntity): Promise<void> {
    await this.queues.queueFor(row.jobName as JobName).add(row.jobName, row.payload, { jobId: row.jobId });
  }

  private async dispatchAfterCommit(row: OutboxJobEntity): Promise<void> {
    try {
      await withinMs(this.dispatch(row), DISPATCH_WAIT_MS);
      await this.db.run({ organisationId: row.organisationId, userId: null }, () =>
        this.db.repository(OutboxJobEntity).update({ id: row.id, dispatchedAt: IsNull() }, { dispatchedAt: new Date() }),
      );
    } catch (error) {
      // Left pending: the relay dispatches it later. Only ids are logged, never payload content.
      this.logger.warn({ outboxId: row.id, job: row.jobName, err: error }, 'outbox dispatch deferred');
    }
  }
}

function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms)),
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Deterministic job ids make re-deliveries and double clicks collapse into one job. */
export const jobIdOf = (...parts: Array<string | number>): string => parts.join('.');
