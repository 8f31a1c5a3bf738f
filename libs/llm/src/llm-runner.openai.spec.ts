import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChatModelFactory } from './chat-model.factory.js';
import type { LlmUsage } from './llm-task.interface.js';
import type { LlmConfig, LlmSettings } from './llm.config.js';
import { LlmException, LlmExceptionReason } from './llm.exception.js';
import { LlmRunner } from './llm-runner.service.js';
import { interviewFollowupTask } from './prompts/interview-followup.prompt.js';
import type { InterviewFollowupInput } from './prompts/interview-followup.schema.js';

type Reply = { status: number; content?: string } | 'hang';

/** A minimal OpenAI-compatible chat-completions server answering from a script of replies. */
class FakeCompletionsServer {
  readonly requests: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];
  private script: Reply[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Replies are used in order; the last one repeats. */
  reset(...script: Reply[]): void {
    this.script = script;
    this.requests.length = 0;
  }

  releaseHanging(): void {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }

  async stop(): Promise<void> {
    this.releaseHanging();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    this.requests.push(JSON.parse(body));
    const reply = this.script[Math.min(this.requests.length - 1, this.script.length - 1)]!;
    if (reply === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (reply.status !== 200) {
      res.writeHead(reply.status, { 'content-type': 'application/json', 'retry-after-ms': '1' });
      res.end(JSON.stringify({ error: { message: 'simulated failure', type: 'server_error' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'local-model',
        choices: [{ index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 321, completion_tokens: 12, total_tokens: 333 },
      }),
    );
  }
}

const input: InterviewFollowupInput = {
  primaryQuestion: 'Should I move into engineering management?',
  stage: { key: 'current_situation', title: 'Current Situation & Satisfaction' },
  plannedNextQuestion: null,
  lastQuestion: 'How is your role going?',
  lastAnswer: 'Fine, mostly.',
  askedQuestions: [],
  needs: 'probe_vague',
};
const GOOD = JSON.stringify({ question: 'What does "mostly" leave out for you?' });

describe('LlmRunner with an OpenAI-compatible endpoint', () => {
  const server = new FakeCompletionsServer();
  let runner: LlmRunner;
  let settings: Partial<LlmSettings>;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await server.start();
    settings = { provider: 'openai', baseUrl: `http://127.0.0.1:${server.port}/v1`, apiKey: 'test-key', model: 'local-model' };
    const config: LlmConfig = { defaults: { provider: 'embedded', timeoutMs: 2_000, maxRetries: 2 }, interviewBudgetMs: 4_000, allowedOverrideHosts: '*' };
    runner = new LlmRunner(new ChatModelFactory(), config, { baseDelayMs: 5, maxDelayMs: 20 });
  });
  afterEach(() => server.releaseHanging());
  afterAll(() => server.stop());

  const run = (overrides: Partial<LlmSettings> = {}, usage: LlmUsage[] = []) =>
    runner.run(interviewFollowupTask, input, { organisationId: 'org-1', settings: { ...settings, ...overrides }, onUsage: (u) => void usage.push(u) });
  const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as LlmException);

  it('parses a normal answer and records provider token usage', async () => {
    server.reset({ status: 200, content: GOOD });
    const usage: LlmUsage[] = [];
    const result = await run({}, usage);
    expect(result).toMatchObject({ value: JSON.parse(GOOD), provider: 'openai', model: 'local-model', promptVersion: 'interview-followup@1' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.model).toBe('local-model');
    expect(server.requests[0]!.messages[0]!.content).toContain('task: interview-followup@1');
    expect(server.requests[0]!.messages[1]!.content).toContain('<participant_data>');
    expect(usage).toEqual([expect.objectContaining({ outcome: 'ok', attempts: 1, inputTokens: 321, outputTokens: 12, provider: 'openai' })]);
  });

  it('retries after HTTP 429 and succeeds', async () => {
    server.reset({ status: 429 }, { status: 200, content: GOOD });
    const usage: LlmUsage[] = [];
    const result = await run({}, usage);
    expect(result.value).toEqual(JSON.parse(GOOD));
    expect(server.requests).toHaveLength(2);
    expect(usage[0]).toMatchObject({ outcome: 'ok', attempts: 2 });
  });

  it('gives up with PROVIDER_FAILED when the server keeps failing', async () => {
    server.reset({ status: 500 });
    const usage: LlmUsage[] = [];
    const error = await failure(run({ maxRetries: 2 }, usage));
    expect(error).toBeInstanceOf(LlmException);
    expect(error?.reason).toBe(LlmExceptionReason.PROVIDER_FAILED);
    expect(error?.message).toContain('HTTP 500');
    expect(server.requests).toHaveLength(3);
    expect(usage[0]).toMatchObject({ outcome: 'error', attempts: 3 });
  });

  it('does not retry a request the server rejects as invalid', async () => {
    server.reset({ status: 400 });
    const error = await failure(run());
    expect(error?.reason).toBe(LlmExceptionReason.PROVIDER_FAILED);
    expect(server.requests).toHaveLength(1);
  });

  it('times out a response slower than timeoutMs', async () => {
    server.reset('hang');
    const usage: LlmUsage[] = [];
    const started = Date.now();
    const error = await failure(run({ timeoutMs: 300, maxRetries: 1 }, usage));
    expect(error?.reason).toBe(LlmExceptionReason.TIMEOUT);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(usage[0]).toMatchObject({ outcome: 'timeout', attempts: 2 });
  });

  it('re-asks after malformed JSON, then fails with INVALID_OUTPUT', async () => {
    server.reset({ status: 200, content: '{"question": "What do you' });
    const usage: LlmUsage[] = [];
    const error = await failure(run({}, usage));
    expect(error?.reason).toBe(LlmExceptionReason.INVALID_OUTPUT);
    expect(server.requests).toHaveLength(3);
    expect(server.requests[1]!.messages.at(-1)!.content).toContain('not valid');
    expect(usage[0]).toMatchObject({ outcome: 'invalid_output', attempts: 3, inputTokens: 963, outputTokens: 36 });
  });
});
