import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface WaypointError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export interface WaypointResult<T> {
  status: number;
  data: T | null;
  errors?: WaypointError[];
}

export interface WaypointClientOptions {
  /** The api's base URL, e.g. http://localhost:3000 */
  url: string;
  /** An access token, sent as `Authorization: Bearer …`. */
  token?: string;
  /**
   * `documentId` (the default) sends only the operation's hash from the trusted-documents manifest
   * (GraphQL over HTTP, persisted documents); `query` sends the operation's text.
   */
  send?: 'documentId' | 'query';
}

/** The manifest hash the client preset embeds in each generated document ("sha256:…"). */
export function documentIdOf(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('This document was not generated with persisted documents (run npm run codegen)');
  return hash;
}

/** Runs one generated operation over HTTP; data and variables are typed by the document. */
export async function execute<TResult, TVariables>(
  options: WaypointClientOptions,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<WaypointResult<TResult>> {
  const operation =
    options.send === 'query' ? { query: print(document) } : { documentId: documentIdOf(document as TypedDocumentNode<unknown, never>) };
  const response = await fetch(`${options.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ ...operation, variables: variables ?? {} }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: WaypointError[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** Like `execute`, but throws with the errors when there are any. */
export async function executeOk<TResult, TVariables>(
  options: WaypointClientOptions,
  document: TypedDocumentNode<TResult, TVariables>,
  ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const result = await execute(options, document, ...variables);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}
