import { Module } from '@nestjs/common';
import { LlmModule } from '#llm';
import { LlmUsageModule } from '#llm/usage';
import { TemplatesModule } from '../templates.module.js';
import { ResearchPlanProcessor } from './research-plan.processor.js';

@Module({
  imports: [TemplatesModule, LlmModule, LlmUsageModule],
  providers: [ResearchPlanProcessor],
})
export class TemplatesJobsModule {}
