import { Injectable } from '@nestjs/common';
import { IsNull, LessThan } from 'typeorm';
import { SYSTEM_SCOPE, TenantDatabase } from '#database';
import { JobName } from '../job-name.enum.js';
import type { JobPayload } from '../job-payloads.type.js';
import { JobProducer } from '../job-producer.service.js';
import { OutboxJobEntity } from '../outbox-job.entity.js';
import { JobHandler } from './job-handler.decorator.js';

const SWEEP_EVERY_MS = 10_000;
const BATCH = 500;

/** Re-sends committed outbox rows whose immediate dispatch did not happen (crash, Redis down). */
@Injectable()
export class OutboxRelayProcessor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly producer: JobProducer,
  ) {}

  @JobHandler(JobName.DispatchOutbox, { schedule: { id: 'outbox-sweep', every: SWEEP_EVERY_MS } })
  async sweep(data: JobPayload<JobName.DispatchOutbox>): Promise<{ dispatched: number }> {
    const cutoff = new Date(Date.now() - (data.olderThanSeconds ?? 5) * 1000);
    return this.db.run(SYSTEM_SCOPE, async () => {
      const repo = this.db.repository(OutboxJobEntity);
      const pending = await repo.find({
        where: { dispatchedAt: IsNull(), createdAt: LessThan(cutoff) },
        order: { createdAt: 'ASC' },
        take: BATCH,
      });
      for (const row of pending) {
        await this.producer.dispatch(row);
        await repo.update({ id: row.id }, { dispatchedAt: new Date() });
      }
      return { dispatched: pending.length };
    });
  }
}
