import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { Logger } from '@nestjs/common';
import type { ChatModelFactory } from './chat-model.factory.js';
import type { LlmUsage } from './llm-task.interface.js';
import type { LlmConfig } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';
import { LlmRunner } from './llm-runner.service.js';
import { interviewFollowupTask } from './prompts/interview-followup.prompt.js';
import type { InterviewFollowupInput } from './prompts/interview-followup.schema.js';

const config: LlmConfig = {
  defaults: { provider: 'embedded', timeoutMs: 1_000, maxRetries: 2 },
  interviewBudgetMs: 4_000,
  allowedOverrideHosts: '*',
};

const input: InterviewFollowupInput = {
  primaryQuestion: 'Should I move into engineering management?',
  stage: { key: 'current_situation', title: 'Current Situation & Satisfaction' },
  plannedNextQuestion: null,
  lastQuestion: 'How is your role going?',
  lastAnswer: 'It is fine, I guess. My secret salary is 123456.',
  askedQuestions: ['What do you enjoy most?'],
  needs: 'probe_vague',
};

function runnerWith(model: BaseChatModel): LlmRunner {
  const factory = { create: () => ({ model, provider: 'fake', modelName: 'fake-list', modelLabel: 'fake:fake-list' }) };
  return new LlmRunner(factory as unknown as ChatModelFactory, config, { baseDelayMs: 1, maxDelayMs: 5 });
}

describe('LlmRunner', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('returns the parsed value with provider, model and prompt version', async () => {
    const runner = runnerWith(new FakeListChatModel({ responses: ['Sure! ```json\n{"question": "What does a good week look like for you?"}\n```'] }));
    const result = await runner.run(interviewFollowupTask, input, { organisationId: 'org-1' });
    expect(result).toEqual({
      value: { question: 'What does a good week look like for you?' },
      provider: 'fake',
      model: 'fake-list',
      promptVersion: 'interview-followup@1',
    });
  });

  it('retries after invalid JSON and succeeds', async () => {
    const model = new FakeListChatModel({ responses: ['I think you should ask about their week.', '{"question": "What does a good week look like for you?"}'] });
    const usage: LlmUsage[] = [];
    const result = await runnerWith(model).run(interviewFollowupTask, input, { organisationId: 'org-1', onUsage: (u) => void usage.push(u) });
    expect(result.value.question).toBe('What does a good week look like for you?');
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ outcome: 'ok', attempts: 2, task: 'interview-followup', promptVersion: 'interview-followup@1', organisationId: 'org-1' });
    expect(usage[0]!.inputChars).toBeGreaterThan(0);
    expect(usage[0]!.outputChars).toBeGreaterThan(0);
  });

  it('treats a schema-valid reply that fails task checks as invalid (repeated question)', async () => {
    const model = new FakeListChatModel({ responses: ['{"question": "What do you enjoy most?"}', '{"question": "What would you change first?"}'] });
    const result = await runnerWith(model).run(interviewFollowupTask, input, { organisationId: 'org-1' });
    expect(result.value.question).toBe('What would you change first?');
  });

  it('throws INVALID_OUTPUT after a bounded number of attempts, without participant text', async () => {
    const model = new FakeListChatModel({ responses: ['{"q": "It is fine, I guess. My secret salary is 123456."}'] });
    const invoke = jest.spyOn(model, 'invoke');
    const onUsage = jest.fn<(u: LlmUsage) => void>();
    const error = await runnerWith(model).run(interviewFollowupTask, input, { organisationId: 'org-1', onUsage }).catch((e: unknown) => e);
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
    await runnerWith(model).run(interviewFollowupTask, input, { organisationId: 'org-1' });
    const retryMessages = invoke.mock.calls[1]![0] as Array<{ text: string }>;
    expect(retryMessages.at(-1)!.text).toMatch(/not valid: question/);
  });

  it('times out a slow model and reports the timeout', async () => {
    const model = new FakeListChatModel({ responses: ['{"question": "What would you change first?"}'], sleep: 200 });
    const onUsage = jest.fn<(u: LlmUsage) => void>();
    const error = await runnerWith(model)
      .run(interviewFollowupTask, input, { organisationId: 'org-1', settings: { timeoutMs: 30, maxRetries: 1 }, onUsage })
      .catch((e: unknown) => e);
    expect((error as LlmException).reason).toBe(LlmExceptionReason.TIMEOUT);
    expect(onUsage).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'timeout', attempts: 2 }));
  });

  it('stops at the overall budget', async () => {
    const model = new FakeListChatModel({ responses: ['{"question": "What would you change first?"}'], sleep: 200 });
    const started = Date.now();
    const error = await runnerWith(model)
      .run(interviewFollowupTask, input, { organisationId: 'org-1', settings: { maxRetries: 5 }, budgetMs: 60 })
      .catch((e: unknown) => e);
    expect((error as LlmException).reason).toBe(LlmExceptionReason.TIMEOUT);
    expect(Date.now() - started).toBeLessThan(150);
  });

  it('does not fail the call when the usage callback throws', async () => {
    const runner = runnerWith(new FakeListChatModel({ responses: ['{"question": "What would you change first?"}'] }));
    const result = await runner.run(interviewFollowupTask, input, {
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
    const result = await runner.run(interviewFollowupTask, { ...input, needs: 'ask_rating' }, { organisationId: 'org-2', onUsage: (u) => void usage.push(u) });
    expect(result.provider).toBe('embedded');
    expect(result.value.question).toMatch(/scale of 1 to 10/);
    expect(usage[0]).toMatchObject({ outcome: 'ok', attempts: 1, provider: 'embedded', model: 'embedded' });
    expect(usage[0]!.inputTokens).toBeGreaterThan(0);
  });
});
