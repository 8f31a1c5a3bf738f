import { describe, expect, it } from '@jest/globals';
import { isQuietRequest } from './quiet-request.util.js';

describe('isQuietRequest', () => {
  it('matches probes and scrapers by the URL the client sent', () => {
    expect(isQuietRequest({ url: '/', originalUrl: '/health/live' })).toBe(true);
    expect(isQuietRequest({ url: '/metrics?x=1' })).toBe(true);
  });

  it('logs everything else', () => {
    expect(isQuietRequest({ url: '/', originalUrl: '/health/ready' })).toBe(false);
    expect(isQuietRequest({ url: '/health/live', originalUrl: '/graphql' })).toBe(false);
    expect(isQuietRequest({})).toBe(false);
  });
});
