import { describe, expect, it } from '@jest/globals';
import { bearerToken } from './bearer-token.util.js';

describe('bearerToken', () => {
  it('reads the token of an authorization parameter shaped like the HTTP header', () => {
    expect(bearerToken({ authorization: 'Bearer abc.def.ghi' })).toBe('abc.def.ghi');
    expect(bearerToken({ Authorization: '  bearer abc.def.ghi ' })).toBe('abc.def.ghi');
  });

  it('finds none without the Bearer scheme, in another shape, or without parameters', () => {
    expect(bearerToken({ authorization: 'abc.def.ghi' })).toBeNull();
    expect(bearerToken({ authorization: 'Basic dXNlcjpwYXNz' })).toBeNull();
    expect(bearerToken({ authorization: 'Bearer two tokens' })).toBeNull();
    expect(bearerToken({ authorization: ['Bearer abc'] })).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
