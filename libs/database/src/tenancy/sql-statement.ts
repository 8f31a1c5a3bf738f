import { createHash } from 'node:crypto';

/**
 * A statement of a hot path, prepared by name on each pooled connection the first time it runs
 * there: PostgreSQL then parses and plans it once per connection instead of on every call. Name
 * its columns (no `*`): a prepared statement's result shape must not change under a migration.
 */
export interface SqlStatement {
  readonly name: string;
  readonly text: string;
}

/** The name is derived from the text, so two call sites of the same SQL share one preparation. */
export function preparedStatement(text: string): SqlStatement {
  return Object.freeze({ name: `wp_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text });
}

// Rows come back as the driver parses them; each caller names the columns it reads.
// biome-ignore lint/suspicious/noExplicitAny: a row's columns are typed where the statement is written
export type SqlRow = Record<string, any>;

/** A statement with its values, for statements sent together. */
export interface SqlItem {
  statement: SqlStatement | string;
  values?: readonly unknown[];
}
