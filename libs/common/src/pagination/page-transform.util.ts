import type { Page } from './connection.model.js';

/** A connection with nothing in it. */
export const emptyPage = <T>(): Page<T> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

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

/**
 * The same page with each node replaced by what `load` made of it (one batch for the page);
 * `sourceOf` names the node each result was made from, and nodes without one are left out.
 */
export async function loadPage<A, B>(page: Page<A>, load: (nodes: A[]) => Promise<B[]>, sourceOf: (result: B) => A): Promise<Page<B>> {
  const loaded = new Map((await load(page.edges.map((edge) => edge.node))).map((result) => [sourceOf(result), result]));
  const edges = page.edges.flatMap((edge) => (loaded.has(edge.node) ? [{ cursor: edge.cursor, node: loaded.get(edge.node)! }] : []));
  return { edges, pageInfo: { ...page.pageInfo, startCursor: edges[0]?.cursor ?? null } };
}
