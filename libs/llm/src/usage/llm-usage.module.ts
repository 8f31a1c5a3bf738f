import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LlmUsageEntity } from './llm-usage.entity.js';
import { LlmUsageRecorder } from './llm-usage.recorder.js';
import { LlmUsageReport } from './llm-usage-report.service.js';
import { OrganisationLlm } from './organisation-llm.service.js';

/** The per-organisation side of the LLM layer: which model an organisation uses, and its usage. */
@Module({
  imports: [TypeOrmModule.forFeature([LlmUsageEntity])],
  providers: [LlmUsageRecorder, LlmUsageReport, OrganisationLlm],
  exports: [LlmUsageRecorder, LlmUsageReport, OrganisationLlm],
})
export class LlmUsageModule {}
