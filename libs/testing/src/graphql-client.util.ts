import { testEnv } from './test-env.util.js';

export interface GraphqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
}

/** A GraphQL request over real HTTP to the api started by the global setup. */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${testEnv().WAYPOINT_TEST_API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** Like `gql` but fails the test with the errors when there are any. */
export async function gqlOk<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The contract code of the first error (undefined when the call succeeded). */
export const errorCode = (result: GraphqlResponse<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;
