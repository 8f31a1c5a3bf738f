import { beforeAll, describe, expect, it } from '@jest/globals';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { Logger } from '@nestjs/common';
import { z } from 'zod';
import type { ChatModelFactory } from './chat-model.factory.js';
import { EmbeddedChatModel } from './embedded/embedded-chat-model.js';
import type { LlmConfig } from './llm.config.js';
import { LlmRunner } from './llm-runner.service.js';
import type { LlmTask } from './llm-task.interface.js';
import { researchPlanTask } from './prompts/research-plan.prompt.js';
import type { OutputProgress } from './util/output-stream.callback.js';
import { dataMessage, systemPrompt } from './util/prompt.util.js';

const config: LlmConfig = {
  defaults: { provider: 'embedded', timeoutMs: 1_000, maxRetries: 2 },
  interviewBudgetMs: 4_000,
  allowedOverrideHosts: '*',
};

const questionTask: LlmTask<{ question: string }, { answer: string }> = {
  name: 'test-question',
  version: 'test-question@1',
  schema: z.object({ question: z.string().min(5) }),
  build: (input) => [
    systemPrompt({
      version: 'test-question@1',
      role: 'Ask one question.',
      rules: [],
      dataTag: 'participant_data',
      shape: '{ "question": "string" }',
    }),
    dataMessage('participant_data', 'Ask.', input),
  ],
};

function runnerWith(model: BaseChatModel, provider = 'fake'): LlmRunner {
  const factory = { create: () => ({ model, provider, modelName: provider, modelLabel: provider }) };
  return new LlmRunner(factory as unknown as ChatModelFactory, config);
}

describe('LlmRunner streaming', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('reports the reply as it is written, ending with the whole reply, when asked for the output', async () => {
    const reply = '{"question": "What does a good week look like for you?"}';
    const progress: OutputProgress[] = [];
    const result = await runnerWith(new FakeListChatModel({ responses: [reply] })).run(
      questionTask,
      { answer: 'fine' },
      { organisationId: 'org-1', onOutput: (p) => progress.push(p) },
    );
    expect(result.value.question).toBe('What does a good week look like for you?');
    // FakeListChatModel streams one character at a time.
    expect(progress.length).toBe(reply.length);
    expect(progress[0]).toEqual({ raw: '{', restarted: true });
    expect(progress.slice(1).every((p) => !p.restarted)).toBe(true);
    expect(progress.at(-1)!.raw).toBe(reply);
  });

  it('says when a new attempt starts over', async () => {
    const progress: OutputProgress[] = [];
    const model = new FakeListChatModel({ responses: ['not json', '{"question": "What would help most?"}'] });
    await runnerWith(model).run(questionTask, { answer: 'fine' }, { organisationId: 'org-1', onOutput: (p) => progress.push(p) });
    const restarts = progress.filter((p) => p.restarted).map((p) => p.raw);
    expect(restarts).toEqual(['n', '{']);
  });

  it('streams the embedded model by sentence, with the same value as without streaming', async () => {
    const input = {
      title: 'Career check-in',
      primaryQuestion: 'How satisfied am I with my role?',
      goals: ['Find the next step'],
      mandatoryQuestions: [],
    };
    const plain = await runnerWith(new EmbeddedChatModel(), 'embedded').run(researchPlanTask, input, { organisationId: 'org-1' });
    const progress: OutputProgress[] = [];
    const streamed = await runnerWith(new EmbeddedChatModel(), 'embedded').run(researchPlanTask, input, {
      organisationId: 'org-1',
      onOutput: (p) => progress.push(p),
    });
    expect(streamed.value).toEqual(plain.value);
    expect(progress.length).toBeGreaterThan(3);
    expect(JSON.parse(progress.at(-1)!.raw)).toEqual(plain.value);
  });
});
