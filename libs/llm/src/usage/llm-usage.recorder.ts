import { Injectable, Logger } from '@nestjs/common';
import { TenantDatabase, tenantScope } from '#database';
import type { LlmUsage } from '../llm-task.interface.js';
import { LlmUsageEntity } from './llm-usage.entity.js';

const INT_MAX = 2_147_483_647;
const count = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : Math.min(INT_MAX, Math.max(0, Math.round(value))));

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
      await this.db.repository(LlmUsageEntity).insert({
        organisationId: usage.organisationId,
        provider: usage.provider,
        model: usage.model,
        task: usage.task,
        promptVersion: usage.promptVersion,
        inputChars: count(usage.inputChars) ?? 0,
        outputChars: count(usage.outputChars) ?? 0,
        inputTokens: count(usage.inputTokens),
        outputTokens: count(usage.outputTokens),
        latencyMs: count(usage.latencyMs) ?? 0,
        outcome: usage.outcome,
        attempts: count(usage.attempts) ?? 0,
      });
    });
    this.logger.debug({ task: usage.task, provider: usage.provider, outcome: usage.outcome, latencyMs: usage.latencyMs }, 'llm call metered');
  }
}
