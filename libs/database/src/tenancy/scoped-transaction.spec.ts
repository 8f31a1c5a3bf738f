import { describe, expect, it } from '@jest/globals';
import { inlineScopeSql } from './scoped-transaction.js';

describe('inlineScopeSql', () => {
  it('inlines UUIDs and empty values only', () => {
    const organisationId = '6d64e566-6f7b-47b5-ac23-eb54f3612e4c';
    expect(inlineScopeSql({ organisationId, userId: null })).toBe(
      `SELECT set_config('app.organisation_id', '${organisationId}', true), set_config('app.user_id', '', true), set_config('app.system', '', true)`,
    );
    expect(inlineScopeSql({ organisationId: null, userId: null, system: true })).toContain(`set_config('app.system', 'on', true)`);
  });

  it('refuses anything that is not a UUID, so nothing can be injected', () => {
    expect(inlineScopeSql({ organisationId: "x'); DROP TABLE users; --", userId: null })).toBeNull();
    expect(inlineScopeSql({ organisationId: null, userId: 'not-a-uuid' })).toBeNull();
  });
});
