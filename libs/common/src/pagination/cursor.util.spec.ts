import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor } from './cursor.util.js';
import { PaginationException } from './pagination.exception.js';

const POSITION = { key: '2026-12-06 04:10:53.123456+00', id: '3f1c2a9e-5b7d-4c1e-9a2b-8d6f0e4c3b21' };

describe('cursors', () => {
  it('round-trip a position at full (microsecond) precision and stay opaque', () => {
    const cursor = encodeCursor(POSITION);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(POSITION.id);
    expect(decodeCursor(cursor)).toEqual(POSITION);
  });

  it.each([
    ['an empty string', ''],
    ['characters outside base64url', 'abc=+/'],
    ['base64 of text that is not JSON', Buffer.from('not json').toString('base64url')],
    ['a JSON object instead of the tuple', Buffer.from(JSON.stringify(POSITION)).toString('base64url')],
    ['a key that is no timestamp', Buffer.from(JSON.stringify(["'; DROP TABLE users; --", POSITION.id])).toString('base64url')],
    ['an id that is no UUID', Buffer.from(JSON.stringify([POSITION.key, '42'])).toString('base64url')],
    ['a cursor longer than any issued', 'a'.repeat(201)],
  ])('refuse %s as BAD_USER_INPUT naming the argument', (_label, cursor) => {
    const error = (() => {
      try {
        decodeCursor(cursor);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PaginationException);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', details: { fields: [{ field: 'after' }] } });
  });
});
