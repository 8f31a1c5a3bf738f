import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { ChatModelFactory } from './chat-model.factory.js';
import { LlmModule } from './llm.module.js';
import { LlmRunner } from './llm-runner.service.js';
import { researchPlanTask } from './prompts/research-plan.prompt.js';

@Module({ imports: [ConfigModule.forRoot({ ignoreEnvFile: true }), LlmModule] })
class HostModule {}

describe('LlmModule', () => {
  let app: INestApplicationContext;
  const saved = { ...process.env };

  beforeAll(async () => {
    for (const key of Object.keys(process.env)) if (key.startsWith('LLM_')) delete process.env[key];
    process.env.LLM_INTERVIEW_BUDGET_MS = '3000';
    app = await NestFactory.createApplicationContext(HostModule, { logger: false });
  });
  afterAll(async () => {
    await app.close();
    process.env = saved;
  });

  it('wires the runner to the configured default (embedded) provider', async () => {
    const runner = app.get(LlmRunner);
    expect(app.get(ChatModelFactory)).toBeInstanceOf(ChatModelFactory);
    expect(runner.interviewBudgetMs).toBe(3000);
    const result = await runner.run(
      researchPlanTask,
      { title: 'Next step', primaryQuestion: 'Should I start a business?', goals: [], mandatoryQuestions: [] },
      { organisationId: 'org-1' },
    );
    expect(result.provider).toBe('embedded');
    expect(result.value.researchType).toBe('Entrepreneurial Readiness Assessment');
  });
});
