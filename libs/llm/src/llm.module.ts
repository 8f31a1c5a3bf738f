import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ChatModelFactory } from './chat-model.factory.js';
import { llmConfig } from './llm.config.js';
import { LlmRunner } from './llm-runner.service.js';

/** Model access for the API and the worker: every model call goes through `LlmRunner`. */
@Module({
  imports: [ConfigModule.forFeature(llmConfig)],
  providers: [ChatModelFactory, LlmRunner],
  exports: [ChatModelFactory, LlmRunner],
})
export class LlmModule {}
