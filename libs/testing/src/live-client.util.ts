import { type Client, createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

type Result<T> = FormattedExecutionResult<T, unknown>;

import { testEnv } from './test-env.util.js';

export interface LiveClose {
  code: number;
  reason: string;
}

/** One subscription's results as they arrive, with a way to wait for the next one. */
export interface LiveSubscription<T> {
  readonly results: Array<Result<T>>;
  /** Resolves with the result at `index` (the next unread one by default), or fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Result<T>>;
  /** Resolves once the server completed or failed the subscription. */
  readonly ended: Promise<void>;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  /** Resolves when the server acknowledged the connection, or rejects with its close code and reason. */
  connected: Promise<void>;
  /** The close code and reason the server sent, once closed. */
  closed: Promise<LiveClose>;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/** The GraphQL WebSocket URL of an api (the suite's by default). */
export const liveUrl = (apiUrl = testEnv().WAYPOINT_TEST_API_URL): string => `${apiUrl.replace(/^http/, 'ws')}/graphql`;

/** A graphql-ws client (the protocol's reference client) authenticated with `token` in its connection parameters. */
export function liveClient(token: string | null, apiUrl?: string): LiveClient {
  let onConnected: () => void;
  let onRefused: (error: Error) => void;
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve;
    onRefused = reject;
  });
  let onClosed: (close: LiveClose) => void;
  const closed = new Promise<LiveClose>((resolve) => (onClosed = resolve));
  connected.catch(() => undefined);
  const client = createClient({
    url: liveUrl(apiUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    onNonLazyError: () => undefined,
    retryAttempts: 0,
    shouldRetry: () => false,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const close = event as { code: number; reason: string };
        onClosed({ code: close.code, reason: close.reason });
        onRefused(new Error(`closed ${close.code}: ${close.reason}`));
      },
    },
  });
  return {
    client,
    connected,
    closed,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
      const results: Array<Result<T>> = [];
      const waiters: Array<() => void> = [];
      let read = 0;
      let onEnded: () => void;
      const ended = new Promise<void>((resolve) => (onEnded = resolve));
      const wake = () => {
        for (const w of waiters.splice(0)) w();
      };
      const stop = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            results.push(result);
            wake();
          },
          error: (error) => {
            results.push({ errors: Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }] } as Result<T>);
            wake();
            onEnded();
          },
          complete: () => {
            wake();
            onEnded();
          },
        },
      );
      return {
        results,
        ended,
        stop,
        async next(timeoutMs = 30_000) {
          const deadline = Date.now() + timeoutMs;
          while (results.length <= read) {
            if (Date.now() > deadline) throw new Error(`no live result within ${timeoutMs} ms (got ${results.length})`);
            await new Promise<void>((resolve) => {
              waiters.push(resolve);
              setTimeout(resolve, 200);
            });
          }
          return results[read++]!;
        },
      };
    },
    dispose: () => Promise.resolve(client.dispose()),
  };
}
