import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { InputException, UnstorableTextException } from '#common';
import { safeErrorOf } from '#observability';
import { formatGraphqlError } from './format-error.js';

const formatted = { message: 'original' };

describe('formatGraphqlError', () => {
  it('keeps a domain error with its code, reason and safe details', () => {
    const error = new GraphQLError('x', {
      path: ['field'],
      originalError: new InputException('title is too long', [{ field: 'title', problems: ['too long'] }]),
    });
    expect(formatGraphqlError(formatted, error, () => undefined)).toMatchObject({
      message: 'title is too long',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [{ field: 'title', problems: ['too long'] }] },
    });
  });

  it('keeps the code and reason of a domain error thrown before execution (no path)', () => {
    const error = new GraphQLError('x', { originalError: new UnstorableTextException('variables.input.title') });
    expect(formatGraphqlError(formatted, error, () => undefined)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_TEXT', field: 'variables.input.title' },
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and logs it', () => {
    const logged: unknown[] = [];
    const error = new GraphQLError('x', { path: ['field'], originalError: new Error('relation "secret_table" does not exist') });
    const result = formatGraphqlError(formatted, error, (e) => logged.push(e));
    expect(result).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });
});

describe('safeErrorOf', () => {
  it('never carries SQL parameters or row details of a database error', () => {
    const dbError = Object.assign(new Error('new row violates check constraint: Failing row contains (I feel hopeless)'), {
      name: 'QueryFailedError',
      query: 'INSERT INTO session_turns ...',
      parameters: ['I feel hopeless'],
      driverError: { detail: 'Failing row contains (I feel hopeless)' },
      code: '23514',
    });
    const safe = safeErrorOf(dbError);
    expect(JSON.stringify(safe)).not.toContain('hopeless');
    expect(safe).toMatchObject({ type: 'QueryFailedError', message: 'database error', code: '23514' });
  });
});
