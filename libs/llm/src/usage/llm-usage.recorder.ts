import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import type { LlmUsage } from '../llm-task.interface.js';
import { LlmUsageEntity } from './llm-usage.entity.js';
import { usageCounts } from './usage-counts.util.js';

/**
 * Meters model calls per organisation: pass `recorder.record` as `onUsage` to `LlmRunner.run`.
 * Each record is written in its own short transaction, so usage survives even when the work that
 * made the call rolls back (a failed job still cost a call); inside a request it is written once
 * the request's own transaction is over, so a request never holds two pool connections.
 */
@Injectable()
export class LlmUsageRecorder {
  private readonly logger = new Logger(LlmUsageRecorder.name);

  constructor(private readonly db: TenantDatabase) {}

  readonly record = (usage: LlmUsage): Promise<void> => this.db.afterTransaction(() => this.write(usage));

  private async write(usage: LlmUsage): Promise<void> {
    await this.db.run(tenantScope(usage.organisationId), async () => {
      await this.db.repository(LlmUsageEntity).insert({ organisationId: usage.organisationId, ...usageCounts(usage) });
    });
    this.logger.debug({ task: usage.task, provider: usage.provider, outcome: usage.outcome, latencyMs: usage.latencyMs }, 'llm call metered');
  }
}
