/** A GraphQL error as the api reports it (the contract's code and reason). */
export class GraphqlCallError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphqlCallError';
  }
}

/** Calls the api over HTTP: the demo data goes through the same path as any client's. */
export function graphqlClient(url: string) {
  return async function call<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) throw new GraphqlCallError(body.errors.map((e) => e.message).join('; '), body.errors[0]!.extensions?.code);
    return body.data as T;
  };
}

export type GraphqlCall = ReturnType<typeof graphqlClient>;
