import { describe, expect, it } from '@jest/globals';
import { plainer } from './probe-questions.js';

describe('plainer', () => {
  it('keeps the first clause of the asking sentence when it asks something itself', () => {
    expect(plainer("How satisfied are you with your current role, responsibilities, and career trajectory? What's working well?")).toBe(
      'How satisfied are you with your current role?',
    );
    expect(plainer('So a 4 out of 10 for now. How satisfied are you with your role, and where is it heading?')).toBe(
      'How satisfied are you with your role?',
    );
  });

  it('has no plainer form when the first clause asks nothing ("On a scale from 0 to 10, how…")', () => {
    expect(plainer('On a scale from 0 to 10, how satisfied are you with your work at the moment?')).toBeNull();
    expect(plainer('What draws you to it?')).toBeNull();
  });
});
