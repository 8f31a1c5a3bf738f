import { Injectable, Logger } from '@nestjs/common';
import { preparedStatement, type SqlItem, TenantDatabase, tenantScope } from '#database';
import type { LlmUsage } from '../llm-task.interface.js';
import { LlmUsageEntity } from './llm-usage.entity.js';
import { usageCounts } from './usage-counts.util.js';

const INSERT_USAGE = preparedStatement(
  `INSERT INTO llm_usage (organisation_id, provider, model, task, prompt_version, input_chars, output_chars, input_tokens, output_tokens, latency_ms, outcome, attempts)
   SELECT $1, u.provider, u.model, u.task, u."promptVersion", u."inputChars", u."outputChars", u."inputTokens", u."outputTokens", u."latencyMs", u.outcome, u.attempts
     FROM jsonb_to_recordset($2::jsonb) AS u(provider text, model text, task text, "promptVersion" text, "inputChars" int, "outputChars" int,
                                             "inputTokens" int, "outputTokens" int, "latencyMs" int, outcome text, attempts int)`,
);

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

  /**
   * The statement metering calls collected while no transaction was open, for the caller to send
   * with its own writes (`TenantDatabase.batch` / `commitWith`); null when there is nothing to meter.
   */
  statementFor(usages: readonly LlmUsage[]): SqlItem | null {
    if (usages.length === 0) return null;
    return { statement: INSERT_USAGE, values: [usages[0]!.organisationId, JSON.stringify(usages.map(usageCounts))] };
  }

  private async write(usage: LlmUsage): Promise<void> {
    await this.db.run(tenantScope(usage.organisationId), async () => {
      await this.db.repository(LlmUsageEntity).insert({ organisationId: usage.organisationId, ...usageCounts(usage) });
    });
    this.logger.debug(
      { task: usage.task, provider: usage.provider, outcome: usage.outcome, latencyMs: usage.latencyMs },
      'llm call metered',
    );
  }
}
