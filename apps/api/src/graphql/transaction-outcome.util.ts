import type { GraphQLResponse } from '@apollo/server';

type ResponseBody = GraphQLResponse['body'];

/**
 * Decides how a request's transaction ends and shapes the response to match: a query commits
 * (it could only have read), a mutation commits only without errors. A mutation that rolls back
 * keeps its errors and loses its data: what it resolved (tokens of an account that was never
 * created, ids of rows that do not exist) must not reach the client.
 */
export function settleTransaction(operation: string | undefined, body: ResponseBody): boolean {
  if (body.kind !== 'single') return true;
  const commit = operation === 'query' || !body.singleResult.errors?.length;
  if (!commit) body.singleResult.data = null;
  return commit;
}
