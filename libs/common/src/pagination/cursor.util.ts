import { z } from 'zod';
import { PaginationException, PaginationExceptionCode } from './pagination.exception.js';

/** A position in a keyset order: the sort key as PostgreSQL printed it, and the row's id. */
export interface CursorPosition {
  key: string;
  id: string;
}

/** A timestamptz as PostgreSQL prints it (ISO DateStyle), or in ISO 8601 form. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAYLOAD = z.tuple([z.string().regex(TIMESTAMP), z.string().regex(UUID)]);

/** Cursors are opaque to clients: base64url of a small JSON tuple. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** The position of a cursor this api issued; anything else is BAD_USER_INPUT (never a database error). */
export function decodeCursor(cursor: string, field = 'after'): CursorPosition {
  const invalid = () => PaginationException.invalid(PaginationExceptionCode.INVALID_CURSOR, field, `${field} is not a cursor of this list`);
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const parsed = PAYLOAD.safeParse(json);
  if (!parsed.success) throw invalid();
  return { key: parsed.data[0], id: parsed.data[1] };
}
