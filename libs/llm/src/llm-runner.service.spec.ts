import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { Logger } from '@nestjs/common';
import { z } from 'zod';
import type { ChatModelFactory } from './chat-model.factory.js';
import type { LlmConfig } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';
import { LlmRunner } from './llm-runner.service.js';
import type { LlmTask, LlmUsage } from './llm-task.interface.js';
import { interviewTurnTask } from './prompts/interview-turn.prompt.js';
import { dataMessage, systemPrompt } from './util/prompt.util.js';

const config: LlmConfig = {
  defaults: { provider: 'embedded', timeoutMs: 1_000, maxRetries: 2 },
  interviewBudgetMs: 4_000,
  allowedOverrideHosts: '*',
};

interface QuestionInput {
  lastAnswer: string;
  askedQuestions: string[];
}

/** A small task of the runner's own: one question, never one already asked. */
const questionTask: LlmTask<{ question: string }, QuestionInput> = {
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
  verify: (output, input) => (input.askedQuestions.includes(output.question) ? ['question repeats one already asked'] : []),
};

const input: QuestionInput = {
  lastAnswer: 'It is fine, I guess. My secret salary is 123456.',
  askedQuestions: ['What do you enjoy most?'],
};

function runnerWith(model: BaseChatModel): LlmRunner {
  const factory = { create: () => ({ model, provider: 'fake', modelName: 'fake-list', modelLabel: 'fake:fake-list' }) };
  return new LlmRunner(factory as unknown as ChatModelFactory, config);
}

describe('LlmRunner', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('returns the parsed value with provider, model and prompt version', async () => {
    const runner = runnerWith(
      new FakeListChatModel({ responses: ['Sure! ```json\n{"question": "What does a good week look like for you?"}\n```'] }),
    );
    const result = await runner.run(questionTask, input, { organisationId: 'org-1' });
    expect(result).toEqual({
      value: { question: 'What does a good week look like for you?' },
      provider: 'fake',
      model: 'fake-list',
      promptVersion: 'test-question@1',
    });
  });

  it('retries after invalid JSON and succeeds', async () => {
    const model = new FakeListChatModel({
      responses: ['I think you should ask about their week.', '{"question": "What does a good week look like for you?"}'],
    });
    const usage: LlmUsage[] = [];
    const result = await runnerWith(model).run(questionTask, input, { organisationId: 'org-1', onUsage: (u) => void usage.push(u) });
    expect(result.value.question).toBe('What does a good week look like for you?');
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({
      outcome: 'ok',
      attempts: 2,
      task: 'test-question',
      promptVersion: 'test-question@1',
      organisationId: 'org-1',
    });
    expect(usage[0]!.inputChars).toBeGreaterThan(0);
    expect(usage[0]!.outputChars).toBeGreaterThan(0);
  });

  it('treats a schema-valid reply that fails task checks as invalid (repeated question)', async () => {
    const model = new FakeListChatModel({
      responses: ['{"question": "What do you enjoy most?"}', '{"question": "What would you change first?"}'],
    });
    const result = await runnerWith(model).run(questionTask, input, { organisationId: 'org-1' });
    expect(result.value.question).toBe('What would you change first?');
  });

  it('throws INVALID_OUTPUT after a bounded number of attempts, without participant text', async () => {
    const model = new FakeListChatModel({ responses: ['{"q": "It is fine, I guess. My secret salary is 123456."}'] });
    const invoke = jest.spyOn(model, 'invoke');
    const onUsage = jest.fn<(u: LlmUsage) => void>();
    const error = await runnerWith(model)
      .run(questionTask, input, { organisationId: 'org-1', onUsage })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmException);
    const llmError = error as LlmException;
    expect(llmError.reason).toBe(LlmExceptionReason.INVALID_OUTPUT);
    expect(llmError.code).toBe('INTERNAL_SERVER_ERROR');
    expect(invoke).toHaveBeenCalledTimes(3);
    expect(JSON.stringify({ message: llmError.message, details: llmError.details })).not.toMatch(/123456|secret|fine, I guess/);
    expect(onUsage).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'invalid_output', attempts: 3 }));
  });

  it('tells the model what was wrong when asking again', async () => {
    const model = new FakeListChatModel({ responses: ['{"q": 1}', '{"question": "What would you change first?"}'] });
    const invoke = jest.spyOn(model, 'invoke');
    await runnerWith(model).run(questionTask, input, { organisationId: 'org-1' });
    const retryMessages = invoke.mock.calls[1]![0] as Array<{ text: string }>;
    expect(retryMessages.at(-1)!.text).toMatch(/not valid: question/);
  });

  it('times out a slow model and reports the timeout', async () => {
    const model = new FakeListChatModel({ responses: ['{"question": "What would you change first?"}'], sleep: 200 });
    const onUsage = jest.fn<(u: LlmUsage) => void>();
    const error = await runnerWith(model)
      .run(questionTask, input, { organisationId: 'org-1', settings: { timeoutMs: 30, maxRetries: 1 }, onUsage })
      .catch((e: unknown) => e);
    expect((error as LlmException).reason).toBe(LlmExceptionReason.TIMEOUT);
    expect(onUsage).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'timeout' }));
  });

  it('stops at the overall budget', async () => {
    const model = new FakeListChatModel({ responses: ['{"question": "What would you change first?"}'], sleep: 200 });
    const started = Date.now();
    const error = await runnerWith(model)
      .run(questionTask, input, { organisationId: 'org-1', settings: { maxRetries: 5 }, budgetMs: 60 })
      .catch((e: unknown) => e);
    expect((error as LlmException).reason).toBe(LlmExceptionReason.TIMEOUT);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('does not fail the call when the usage callback throws', async () => {
    const runner = runnerWith(new FakeListChatModel({ responses: ['{"question": "What would you change first?"}'] }));
    const result = await runner.run(questionTask, input, {
      organisationId: 'org-1',
      onUsage: () => {
        throw new Error('metering down');
      },
    });
    expect(result.value.question).toBe('What would you change first?');
  });

  it('runs the embedded model end to end through the real factory', async () => {
    const { ChatModelFactory } = await import('./chat-model.factory.js');
    const runner = new LlmRunner(new ChatModelFactory(), config);
    const usage: LlmUsage[] = [];
    const turn = {
      primaryQuestion: 'Should I move into engineering management?',
      goals: [],
      stage: { key: 'current_situation', title: 'Current Situation', topic: 'how things are going right now' },
      planned: {
        ref: 'rating',
        text: 'On a scale from 0 to 10, how satisfied are you with your work at the moment?',
        mandatory: false,
        newStageTopic: null,
      },
      openMandatory: [],
      window: [],
      lastQuestion: 'How is your role going?',
      lastAnswer: 'I lead the platform team and I enjoy the architecture work.',
      notes: [],
      askedQuestions: ['How is your role going?'],
      allowed: { followUp: false, example: false, ladder: false, steer: false, clarify: false },
      signals: { words: 11, vague: false, asksMeaning: false, offTopic: false, saturated: false, rating: null, probesOnTopic: 0 },
      probesUsed: [],
      usedOpenings: [],
      avoidTopics: [],
    };
    const result = await runner.run(interviewTurnTask, turn, { organisationId: 'org-2', onUsage: (u) => void usage.push(u) });
    expect(result.provider).toBe('embedded');
    expect(result.value).toMatchObject({ move: 'next_question', question: turn.planned.text });
    expect(usage[0]).toMatchObject({ outcome: 'ok', attempts: 1, provider: 'embedded', model: 'embedded' });
    expect(usage[0]!.inputTokens).toBeGreaterThan(0);
  });
});
