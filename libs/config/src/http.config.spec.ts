import { describe, expect, it } from '@jest/globals';
import { httpConfig } from './http.config.js';

describe('httpConfig', () => {
  it('turns introspection off in production unless explicitly enabled', () => {
    expect(httpConfig.load({ NODE_ENV: 'production' }).graphql.introspection).toBe(false);
    expect(httpConfig.load({ NODE_ENV: 'development' }).graphql.introspection).toBe(true);
    expect(httpConfig.load({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
  });

  it('names the offending variable', () => {
    expect(() => httpConfig.load({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => httpConfig.load({ GRAPHQL_MAX_DEPTH: '1' })).toThrow(/GRAPHQL_MAX_DEPTH/);
  });
});
