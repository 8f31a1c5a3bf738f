import { describe, expect, it } from '@jest/globals';
import { safeErrorOf } from './safe-error.util.js';

describe('safeErrorOf', () => {
  it('keeps the type, message and code of an error', () => {
    const error = Object.assign(new TypeError('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
    expect(safeErrorOf(error)).toMatchObject({ type: 'TypeError', message: 'connect ECONNREFUSED 127.0.0.1:6379', code: 'ECONNREFUSED' });
  });

  it('keeps the message of an error passed as a string', () => {
    expect(safeErrorOf('Connection is closed.')).toEqual({ type: 'Error', message: 'Connection is closed.' });
  });

  it('keeps only the code of a database error, whose message can quote a value', () => {
    const error = Object.assign(new Error('duplicate key value (email)=(ada@example.com)'), {
      code: '23505',
      query: 'INSERT …',
      driverError: {},
    });
    const safe = safeErrorOf(error);
    expect(safe).toMatchObject({ message: 'database error', code: '23505' });
    expect(JSON.stringify(safe)).not.toContain('ada@example.com');
  });
});
