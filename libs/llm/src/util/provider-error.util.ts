/** `invalid`: the reply arrived but could not be parsed (a provider SDK parsing a structured output). */
export type FailureKind = 'timeout' | 'transient' | 'fatal' | 'invalid';

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** HTTP status of a provider error; SDKs disagree on where they put it. */
export function providerErrorStatus(error: unknown): number | undefined {
  for (const item of causeChain(error)) {
    for (const key of ['status', 'statusCode', 'status_code'] as const) {
      const value = item[key];
      if (typeof value === 'number' && value >= 100 && value < 600) return value;
    }
    const response = item.response;
    if (isRecord(response) && typeof response.status === 'number') return response.status;
  }
  return undefined;
}

/** Whether retrying could help: rate limits, server errors, timeouts and dropped connections can pass. */
export function classifyProviderError(error: unknown): FailureKind {
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  if (name === 'SyntaxError' || name === 'ZodError' || name === 'OutputParserException') return 'invalid';
  // Every abort here is a timeout: the runner aborts a call only when its time is up.
  const message = isRecord(error) && typeof error.message === 'string' ? error.message : '';
  if (name === 'AbortError' || name === 'APIUserAbortError' || /\babort/i.test(message)) return 'timeout';
  const status = providerErrorStatus(error);
  if (status !== undefined) {
    if (status === 408) return 'timeout';
    return status === 429 || status === 409 || status >= 500 ? 'transient' : 'fatal';
  }
  for (const item of causeChain(error)) {
    const name = typeof item.name === 'string' ? item.name : '';
    const code = typeof item.code === 'string' ? item.code : '';
    const message = typeof item.message === 'string' ? item.message : '';
    if (name === 'TimeoutError' || /timed? ?out/i.test(message) || code.endsWith('TIMEOUT')) return 'timeout';
    if (NETWORK_CODES.has(code) || name === 'APIConnectionError' || name === 'FetchError') return 'transient';
    if (message === 'fetch failed' || /socket hang up|network/i.test(message)) return 'transient';
  }
  return 'fatal';
}

/** A short, content-free label for logs and exception details, e.g. `HTTP 500` or `ECONNREFUSED`. */
export function describeProviderError(error: unknown): string {
  const status = providerErrorStatus(error);
  if (status !== undefined) return `HTTP ${status}`;
  for (const item of causeChain(error)) {
    if (typeof item.code === 'string') return item.code;
  }
  const first = causeChain(error)[0];
  return first && typeof first.name === 'string' ? first.name : 'unknown error';
}

function causeChain(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  let current: unknown = error;
  while (isRecord(current) && chain.length < 5 && !chain.includes(current)) {
    chain.push(current);
    current = current.cause;
  }
  return chain;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
