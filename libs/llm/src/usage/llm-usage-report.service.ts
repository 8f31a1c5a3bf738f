import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';

export interface LlmUsageLine {
  provider: string;
  model: string;
  task: string;
  outcome: string;
  calls: number;
  attempts: number;
  inputTokens: number;
  outputTokens: number;
  inputChars: number;
  outputChars: number;
  averageLatencyMs: number;
}

export interface LlmUsageTotals {
  since: Date;
  lines: LlmUsageLine[];
}

/** Aggregates of an organisation's model calls (no content exists to leak: the table has none). */
@Injectable()
export class LlmUsageReport {
  constructor(private readonly db: TenantDatabase) {}

  async since(organisationId: string, since: Date): Promise<LlmUsageTotals> {
    const rows: Array<Record<string, string>> = await this.db.manager.query(
      `SELECT provider, model, task, outcome,
              count(*) AS calls, sum(attempts) AS attempts,
              coalesce(sum(input_tokens), 0) AS input_tokens, coalesce(sum(output_tokens), 0) AS output_tokens,
              sum(input_chars) AS input_chars, sum(output_chars) AS output_chars,
              avg(latency_ms) AS average_latency_ms
         FROM llm_usage
        WHERE organisation_id = $1 AND created_at >= $2
        GROUP BY provider, model, task, outcome
        ORDER BY provider, model, task, outcome`,
      [organisationId, since],
    );
    return {
      since,
      lines: rows.map((r) => ({
        provider: r.provider!,
        model: r.model!,
        task: r.task!,
        outcome: r.outcome!,
        calls: Number(r.calls),
        attempts: Number(r.attempts),
        inputTokens: Number(r.input_tokens),
        outputTokens: Number(r.output_tokens),
        inputChars: Number(r.input_chars),
        outputChars: Number(r.output_chars),
        averageLatencyMs: Math.round(Number(r.average_latency_ms) * 10) / 10,
      })),
    };
  }
}
