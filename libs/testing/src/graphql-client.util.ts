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

/** GraphQL over real HTTP to one api (the suite's, or one a test started itself). */
export interface ApiClient {
  readonly url: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  /** Like `gql` but fails the test with the errors when there are any. */
  gqlOk<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<T>;
}

export function apiClient(url: string): ApiClient {
  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };
  const gqlOk = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const result = await gql<T>(query, variables, token, headers);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  return { url, gql, gqlOk };
}

/** The api started by the global setup. */
export const suiteApi = (): ApiClient => apiClient(testEnv().WAYPOINT_TEST_API_URL);

/** A GraphQL request over real HTTP to the api started by the global setup. */
export function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  return suiteApi().gql<T>(query, variables, token, headers);
}

/** Like `gql` but fails the test with the errors when there are any. */
export function gqlOk<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  return suiteApi().gqlOk<T>(query, variables, token);
}

/** The contract code of the first error (undefined when the call succeeded). */
export const errorCode = (result: GraphqlResponse<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;
