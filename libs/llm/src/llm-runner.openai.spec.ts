import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { type CompletionReply, OpenAiCompatibleServer } from '#testing/openai';
import { ChatModelFactory } from './chat-model.factory.js';
import type { LlmConfig, LlmSettings } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';
import { LlmRunner } from './llm-runner.service.js';
import type { LlmUsage } from './llm-task.interface.js';
import { interviewTurnTask } from './prompts/interview-turn.prompt.js';
import type { InterviewTurnInput } from './prompts/interview-turn.schema.js';

const input: InterviewTurnInput = {
  primaryQuestion: 'Should I move into engineering management?',
  goals: [],
  stage: { key: 'current_situation', title: 'Current Situation & Satisfaction', topic: 'how things are going right now' },
  planned: { ref: 'plan:current_situation:1', text: 'What energises you at work?', mandatory: false, newStageTopic: null },
  openMandatory: [],
  window: [{ role: 'participant', text: 'Fine, mostly.' }],
  lastQuestion: 'How is your role going?',
  lastAnswer: 'Fine, mostly.',
  notes: [],
  askedQuestions: ['How is your role going?'],
  allowed: { followUp: true, example: false, ladder: false, steer: true, clarify: true },
  signals: { words: 2, vague: true, asksMeaning: false, offTopic: false, saturated: false, rating: null, probesOnTopic: 0 },
  probesUsed: [],
  usedOpenings: [],
  avoidTopics: [],
};
const DECISION = {
  move: 'follow_up',
  acknowledgement: "That's fine.",
  question: 'What part of your work last week stood out?',
  quote: null,
  probe: 'easier',
  notes: [],
};
const GOOD = JSON.stringify(DECISION);

describe('LlmRunner with an OpenAI-compatible endpoint', () => {
  let script: CompletionReply[] = [];
  const server: OpenAiCompatibleServer = new OpenAiCompatibleServer(
    (): CompletionReply => script[Math.min(server.requests.length - 1, script.length - 1)]!,
  );
  const reset = (...replies: CompletionReply[]) => {
    script = replies;
    server.requests.length = 0;
  };
  let runner: LlmRunner;
  let settings: Partial<LlmSettings>;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await server.start();
    settings = { provider: 'openai', baseUrl: server.baseUrl, apiKey: 'test-key', model: 'local-model' };
    const config: LlmConfig = {
      defaults: { provider: 'embedded', timeoutMs: 2_000, maxRetries: 2 },
      interviewBudgetMs: 4_000,
      allowedOverrideHosts: '*',
    };
    runner = new LlmRunner(new ChatModelFactory(), config);
  });
  afterAll(() => server.stop());

  const run = (overrides: Partial<LlmSettings> = {}, usage: LlmUsage[] = [], budgetMs?: number) =>
    runner.run(interviewTurnTask, input, {
      organisationId: 'org-1',
      settings: { ...settings, ...overrides },
      budgetMs,
      onUsage: (u) => void usage.push(u),
    });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (e: unknown) => e as LlmException,
    );

  it('asks for the native structured output (JSON schema) and records provider token usage', async () => {
    reset({ status: 200, content: GOOD });
    const usage: LlmUsage[] = [];
    const result = await run({}, usage);
    expect(result).toMatchObject({ value: DECISION, provider: 'openai', model: 'local-model', promptVersion: 'interview-turn@1' });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.model).toBe('local-model');
    expect(request.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'interview-turn' } });
    expect(request.messages[0]!.content).toContain('task: interview-turn@1');
    expect(request.messages[1]!.content).toContain('<participant_data>');
    expect(usage).toEqual([
      expect.objectContaining({ outcome: 'ok', attempts: 1, inputTokens: 321, outputTokens: 12, provider: 'openai' }),
    ]);
  });

  it('falls back to a prompted JSON object for servers without structured output', async () => {
    reset({ status: 200, content: `Here it is: ${GOOD}` });
    const result = await run({ structuredOutput: 'json' });
    expect(result.value).toEqual(DECISION);
    expect(server.requests[0]!.response_format).toBeUndefined();
    expect(server.requests[0]!.tools).toBeUndefined();
  });

  it('retries after HTTP 429 and succeeds', async () => {
    reset({ status: 429 }, { status: 200, content: GOOD });
    const usage: LlmUsage[] = [];
    const result = await run({}, usage);
    expect(result.value).toEqual(DECISION);
    expect(server.requests).toHaveLength(2);
    expect(usage[0]).toMatchObject({ outcome: 'ok', attempts: 2 });
  });

  it('gives up with PROVIDER_FAILED when the server keeps failing', async () => {
    reset({ status: 500 });
    const usage: LlmUsage[] = [];
    const error = await failure(run({ maxRetries: 1 }, usage));
    expect(error).toBeInstanceOf(LlmException);
    expect(error?.reason).toBe(LlmExceptionReason.PROVIDER_FAILED);
    expect(error?.message).toContain('HTTP 500');
    expect(server.requests).toHaveLength(2);
    expect(usage[0]).toMatchObject({ outcome: 'error', attempts: 2 });
  });

  it('does not retry a request the server rejects as invalid', async () => {
    reset({ status: 400 });
    const error = await failure(run());
    expect(error?.reason).toBe(LlmExceptionReason.PROVIDER_FAILED);
    expect(server.requests).toHaveLength(1);
  });

  it('times out a response slower than timeoutMs, and stops at the budget', async () => {
    reset('hang');
    const usage: LlmUsage[] = [];
    const started = Date.now();
    const error = await failure(run({ timeoutMs: 300, maxRetries: 5 }, usage, 900));
    expect(error?.reason).toBe(LlmExceptionReason.TIMEOUT);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(usage[0]).toMatchObject({ outcome: 'timeout' });
  });

  it('re-asks after an unreadable structured reply, then fails with INVALID_OUTPUT', async () => {
    reset({ status: 200, content: '{"move": "dance"' });
    const usage: LlmUsage[] = [];
    const error = await failure(run({}, usage));
    expect(error?.reason).toBe(LlmExceptionReason.INVALID_OUTPUT);
    expect(server.requests).toHaveLength(3);
    expect(server.requests[1]!.messages.at(-1)!.content).toContain('not valid');
    expect(usage[0]).toMatchObject({ outcome: 'invalid_output', attempts: 3 });
  });

  it('re-asks after a prompted reply of the wrong shape, counting every attempt', async () => {
    reset({ status: 200, content: '{"move": "dance", "question": "?"}' });
    const usage: LlmUsage[] = [];
    const error = await failure(run({ structuredOutput: 'json' }, usage));
    expect(error?.reason).toBe(LlmExceptionReason.INVALID_OUTPUT);
    expect(server.requests).toHaveLength(3);
    expect(usage[0]).toMatchObject({ outcome: 'invalid_output', attempts: 3, inputTokens: 963, outputTokens: 36 });
  });
});
