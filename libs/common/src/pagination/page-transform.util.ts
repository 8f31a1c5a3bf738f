import type { Page } from './connection.model.js';

/** The same page with each node mapped (e.g. an entity to its GraphQL model); cursors unchanged. */
export function mapPage<A, B>(page: Page<A>, map: (node: A) => B): Page<B> {
  return { pageInfo: page.pageInfo, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}

/**
 * The same page without the nodes `keep` leaves out (e.g. those an access policy denies). The page
 * may then be shorter than asked, but endCursor stays where the read stopped: nothing is read twice.
 */
export async function filterPage<T>(page: Page<T>, keep: (nodes: T[]) => Promise<T[]>): Promise<Page<T>> {
  const kept = new Set(await keep(page.edges.map((edge) => edge.node)));
  const edges = page.edges.filter((edge) => kept.has(edge.node));
  return { edges, pageInfo: { ...page.pageInfo, startCursor: edges[0]?.cursor ?? null } };
}
