import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { llmConfig } from '../llm.config.js';
import { LlmUsageModule } from '../usage/llm-usage.module.js';
import { LlmUsageResolver } from './llm-usage.resolver.js';

@Module({
  imports: [ConfigModule.forFeature(llmConfig), LlmUsageModule],
  providers: [LlmUsageResolver],
})
export class LlmGraphqlModule {}
