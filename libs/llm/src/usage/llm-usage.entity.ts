import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';
import type { LlmOutcome } from '../llm-task.interface.js';

/** One model call of an organisation: counts and timings only, never prompt or reply text. */
@Entity('llm_usage')
export class LlmUsageEntity extends TenantEntity {
  @Column('text')
  provider: string;

  @Column('text')
  model: string;

  @Column('text')
  task: string;

  @Column('text', { name: 'prompt_version' })
  promptVersion: string;

  @Column('int', { name: 'input_chars' })
  inputChars: number;

  @Column('int', { name: 'output_chars' })
  outputChars: number;

  @Column('int', { name: 'input_tokens', nullable: true })
  inputTokens: number | null;

  @Column('int', { name: 'output_tokens', nullable: true })
  outputTokens: number | null;

  @Column('int', { name: 'latency_ms' })
  latencyMs: number;

  @Column('text')
  outcome: LlmOutcome;

  @Column('int')
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
