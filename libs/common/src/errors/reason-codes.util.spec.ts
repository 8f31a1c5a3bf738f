import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from './error-code.enum.js';
import { reasonCodes } from './reason-codes.util.js';

describe('reasonCodes', () => {
  const table = reasonCodes({ NOT_FOUND: ['MISSING', 'GONE'], CONFLICT: ['TAKEN'] });

  it('names every reason once and maps it to the code it was declared under', () => {
    expect(table.reasons).toEqual({ MISSING: 'MISSING', GONE: 'GONE', TAKEN: 'TAKEN' });
    expect(table.codeOf(table.reasons.GONE)).toBe(ErrorCode.NOT_FOUND);
    expect(table.codeOf('TAKEN')).toBe(ErrorCode.CONFLICT);
  });

  it('refuses a reason declared under two codes', () => {
    expect(() => reasonCodes({ NOT_FOUND: ['SAME'], CONFLICT: ['SAME'] })).toThrow('reason SAME is listed twice');
  });

  it('refuses a group that is not a contract code', () => {
    expect(() => reasonCodes({ TEAPOT: ['BREWING'] } as never)).toThrow('TEAPOT is not a contract error code');
  });

  it('types reasons: an undeclared one does not compile', () => {
    // @ts-expect-error 'ELSEWHERE' is not a declared reason
    expect(table.codeOf('ELSEWHERE')).toBeUndefined();
  });
});
