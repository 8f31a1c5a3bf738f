import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { LlmUsageLine, LlmUsageTotals } from '../../usage/llm-usage-report.service.js';

@ObjectType('LlmUsageLine', { description: 'Model calls of one provider, model, task and outcome' })
export class LlmUsageLineModel {
  @Field()
  provider: string;

  @Field()
  model: string;

  @Field({ description: 'e.g. research-plan, summary' })
  task: string;

  @Field({ description: 'ok, invalid_output, error or timeout' })
  outcome: string;

  @Field(() => Int)
  calls: number;

  @Field(() => Int, { description: 'Attempts including retries' })
  attempts: number;

  @Field(() => Float, { description: 'As reported by the provider (estimated for the embedded model)' })
  inputTokens: number;

  @Field(() => Float)
  outputTokens: number;

  @Field(() => Float)
  inputChars: number;

  @Field(() => Float)
  outputChars: number;

  @Field(() => Float)
  averageLatencyMs: number;

  static from(line: LlmUsageLine): LlmUsageLineModel {
    return Object.assign(new LlmUsageLineModel(), line);
  }
}

@ObjectType('LlmUsageReport', { description: "The organisation's model usage since a point in time (no content)" })
export class LlmUsageReportModel {
  @Field()
  since: Date;

  @Field(() => Int)
  calls: number;

  @Field(() => Float)
  inputTokens: number;

  @Field(() => Float)
  outputTokens: number;

  @Field(() => [LlmUsageLineModel])
  lines: LlmUsageLineModel[];

  static from(totals: LlmUsageTotals): LlmUsageReportModel {
    const sum = (pick: (line: LlmUsageLine) => number) => totals.lines.reduce((total, line) => total + pick(line), 0);
    return Object.assign(new LlmUsageReportModel(), {
      since: totals.since,
      calls: sum((l) => l.calls),
      inputTokens: sum((l) => l.inputTokens),
      outputTokens: sum((l) => l.outputTokens),
      lines: totals.lines.map(LlmUsageLineModel.from),
    });
  }
}
