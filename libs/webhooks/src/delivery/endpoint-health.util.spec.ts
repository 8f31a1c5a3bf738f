import { describe, expect, it } from '@jest/globals';
import { endpointHealthAfter } from './endpoint-health.util.js';

const failed500 = { succeeded: false, statusCode: 500, error: 'HTTP 500' };
const refused = { succeeded: false, statusCode: null, error: 'connection failed (ECONNREFUSED)' };
const ok = { succeeded: true, statusCode: 204, error: null };

describe('endpoint health after an attempt', () => {
  it('counts failures in a row and disables at the limit, saying why', () => {
    let state = { consecutiveFailures: 0, enabled: true };
    const reasons: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      const health = endpointHealthAfter(state, failed500, 3);
      reasons.push(health.disableReason);
      state = { consecutiveFailures: health.consecutiveFailures, enabled: health.disableReason === null };
    }
    expect(reasons).toEqual([null, null, 'Disabled after 3 failed delivery attempts in a row (last: HTTP 500)']);
    expect(state).toEqual({ consecutiveFailures: 3, enabled: false });
  });

  it('names the error when no response came', () => {
    expect(endpointHealthAfter({ consecutiveFailures: 4, enabled: true }, refused, 5).disableReason).toBe(
      'Disabled after 5 failed delivery attempts in a row (last: connection failed (ECONNREFUSED))',
    );
  });

  it('a success clears the count', () => {
    expect(endpointHealthAfter({ consecutiveFailures: 2, enabled: true }, ok, 3)).toEqual({ consecutiveFailures: 0, disableReason: null });
    expect(endpointHealthAfter({ consecutiveFailures: 0, enabled: true }, failed500, 3)).toEqual({
      consecutiveFailures: 1,
      disableReason: null,
    });
  });

  it('does not disable again an endpoint that is already disabled', () => {
    expect(endpointHealthAfter({ consecutiveFailures: 9, enabled: false }, failed500, 3)).toEqual({
      consecutiveFailures: 10,
      disableReason: null,
    });
  });
});
