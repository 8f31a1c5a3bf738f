import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat-completions request as the server received it. */
export interface CompletionRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  stream?: boolean;
  tools?: Array<{ type: string; function: { name: string; parameters: unknown } }>;
  tool_choice?: unknown;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
}

/** What the server answers: a reply (as text, or as the arguments of the requested tool), an HTTP error, or nothing. */
export type CompletionReply = { status: 200; content: string } | { status: number } | 'hang';

export type Responder = (request: CompletionRequest) => CompletionReply | Promise<CompletionReply>;

export interface ServerOptions {
  /** Wait before answering (a slow model); streamed replies spread it over their chunks. */
  latencyMs?: number;
  /** Pieces a streamed reply is sent in (4 unless set). */
  streamChunks?: number;
  /** Prompt and completion tokens reported per call. */
  usage?: { prompt: number; completion: number };
}

/**
 * A local HTTP server that speaks OpenAI's chat-completions API, streaming included: text
 * replies, tool calls when the request asks for a tool (function calling), JSON-schema response
 * formats, SSE chunks with a final usage chunk, and HTTP errors. Tests and benchmarks point a
 * real provider client at it.
 */
export class OpenAiCompatibleServer {
  readonly requests: CompletionRequest[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private server: Server | undefined;
  port = 0;

  constructor(
    private responder: Responder,
    private readonly options: ServerOptions = {},
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Answers from now on with `responder` and forgets earlier requests. */
  respondWith(responder: Responder): void {
    this.responder = responder;
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const request = JSON.parse(body) as CompletionRequest;
    this.requests.push(request);
    const reply = await this.responder(request);
    if (reply === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (reply.status !== 200 || !('content' in reply)) {
      await delay(this.options.latencyMs ?? 0);
      res.writeHead(reply.status, { 'content-type': 'application/json', 'retry-after-ms': '1' });
      res.end(JSON.stringify({ error: { message: 'simulated failure', type: 'server_error' } }));
      return;
    }
    const tool = requestedTool(request);
    if (request.stream) await this.stream(res, request, reply.content, tool);
    else {
      await delay(this.options.latencyMs ?? 0);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.completion(request, reply.content, tool)));
    }
  }

  private completion(request: CompletionRequest, content: string, tool: string | null) {
    const message = tool
      ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: tool, arguments: content } }] }
      : { role: 'assistant', content };
    return {
      id: `chatcmpl-${this.requests.length}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: request.model,
      choices: [{ index: 0, message, finish_reason: tool ? 'tool_calls' : 'stop' }],
      usage: this.usage(),
    };
  }

  /** Server-sent events: the reply in a few chunks spread over the latency, then usage, then [DONE]. */
  private async stream(res: ServerResponse, request: CompletionRequest, content: string, tool: string | null): Promise<void> {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const pieces = chunks(content, this.options.streamChunks ?? 4);
    const base = { id: `chatcmpl-${this.requests.length}`, object: 'chat.completion.chunk', created: 1_700_000_000, model: request.model };
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    for (const [index, piece] of pieces.entries()) {
      await delay((this.options.latencyMs ?? 0) / pieces.length);
      const delta = tool
        ? {
            ...(index === 0 ? { role: 'assistant' } : {}),
            tool_calls: [
              {
                index: 0,
                ...(index === 0 ? { id: 'call_1', type: 'function' } : {}),
                function: { ...(index === 0 ? { name: tool } : {}), arguments: piece },
              },
            ],
          }
        : { ...(index === 0 ? { role: 'assistant' } : {}), content: piece };
      send({ ...base, choices: [{ index: 0, delta, finish_reason: null }] });
    }
    send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: tool ? 'tool_calls' : 'stop' }] });
    send({ ...base, choices: [], usage: this.usage() });
    res.end('data: [DONE]\n\n');
  }

  private usage() {
    const { prompt, completion } = this.options.usage ?? { prompt: 321, completion: 12 };
    return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
  }
}

/** The function the request asks the model to call, when it asks for one. */
function requestedTool(request: CompletionRequest): string | null {
  if (!request.tools?.length) return null;
  const choice = request.tool_choice as { function?: { name?: string } } | string | undefined;
  if (typeof choice === 'object' && choice.function?.name) return choice.function.name;
  return request.tools[0]!.function.name;
}

function chunks(text: string, count: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / count));
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces.length ? pieces : [''];
}

const delay = (ms: number): Promise<void> => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
