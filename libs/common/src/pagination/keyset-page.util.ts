import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from './connection.model.js';
import { decodeCursor, encodeCursor } from './cursor.util.js';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './page.args.js';

export interface KeysetOrder {
  /** A timestamptz column of the query's main alias (e.g. `created_at`); ties are broken by `id`. */
  column: string;
  direction: 'ASC' | 'DESC';
}

const KEY = 'page_cursor_key';
const ID = 'page_cursor_id';

/**
 * One page of `query` in keyset order: `(column, id)` compared with the `after` cursor's position,
 * `LIMIT first + 1` to learn whether more follow. No OFFSET: each page costs the same however deep,
 * and rows inserted or deleted meanwhile neither repeat nor skip the rows already read. The sort
 * key is carried as PostgreSQL prints it, so cursors keep the column's full (microsecond) precision.
 */
export async function keysetPage<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  args: PageArgs,
  order: KeysetOrder,
): Promise<Page<E>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const key = `${alias}.${order.column}`;
  const page = query.clone().addSelect(`${key}::text`, KEY).addSelect(`${alias}.id::text`, ID);
  if (args.after) {
    const after = decodeCursor(args.after);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    page.andWhere(`(${key}, ${alias}.id) ${comparison} (CAST(:pageAfterKey AS timestamptz), CAST(:pageAfterId AS uuid))`, {
      pageAfterKey: after.key,
      pageAfterId: after.id,
    });
  }
  page
    .orderBy(key, order.direction)
    .addOrderBy(`${alias}.id`, order.direction)
    .limit(first + 1);
  const { entities, raw } = await page.getRawAndEntities<Record<string, string>>();
  const keys = new Map(raw.map((row) => [row[ID], row[KEY]]));
  const edges = entities.slice(0, first).map((node) => ({ node, cursor: encodeCursor({ key: keys.get(node.id)!, id: node.id }) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: entities.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
