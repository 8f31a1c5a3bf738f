import { describe, expect, it } from '@jest/globals';
import type { Page } from './connection.model.js';
import { emptyPage, filterPage, loadPage, mapPage } from './page-transform.util.js';

const node = (id: string) => ({ id });
const page: Page<{ id: string }> = {
  edges: ['a', 'b', 'c'].map((id) => ({ cursor: `cursor-${id}`, node: node(id) })),
  pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'cursor-a', endCursor: 'cursor-c' },
};

describe('page transforms', () => {
  it('map nodes and keep every cursor', () => {
    expect(mapPage(page, (n) => n.id.toUpperCase())).toEqual({
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.id.toUpperCase() })),
    });
  });

  it('leave out withheld nodes but keep endCursor where the read stopped', async () => {
    const filtered = await filterPage(page, async (nodes) => nodes.filter((n) => n.id !== 'a' && n.id !== 'c'));
    expect(filtered.edges).toEqual([{ cursor: 'cursor-b', node: { id: 'b' } }]);
    expect(filtered.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'cursor-b', endCursor: 'cursor-c' });
  });

  it('replace nodes by what one batch made of them, dropping those it made nothing of', async () => {
    const loaded = await loadPage(
      page,
      async (nodes) => nodes.filter((n) => n.id !== 'b').map((n) => ({ of: n, label: `#${n.id}` })),
      (r) => r.of,
    );
    expect(loaded.edges.map((e) => [e.cursor, e.node.label])).toEqual([
      ['cursor-a', '#a'],
      ['cursor-c', '#c'],
    ]);
    expect(loaded.pageInfo.endCursor).toBe('cursor-c');
  });

  it('an empty page has no cursors and nothing after it', () => {
    expect(emptyPage()).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});
