import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk } from '#testing';

// What this guards against: access tokens issued in a refresh token family kept working for up to
// 15 minutes after the family was revoked (a replayed refresh token).
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`;
const READ = `{ me { id } members { id } }`;

describe('security: a revoked session ends its access tokens at once', () => {
  it('refuses every access token of a family revoked by a replayed refresh token; other sessions keep working', async () => {
    const org = await createOrganisation();
    const first = (await gqlOk(LOGIN, { e: org.admin.email, p: org.admin.password })).login;
    const second = (await gqlOk(REFRESH, { r: first.refreshToken })).refreshToken;
    for (const token of [first.accessToken, second.accessToken]) expect((await gqlOk(READ, {}, token)).me.id).toBe(org.admin.userId);

    // The first refresh token is replayed: theft. The family is revoked...
    expect(errorCode(await gql(REFRESH, { r: first.refreshToken }))).toBe('UNAUTHENTICATED');
    // ...and so, on the very next request, is every access token issued in it.
    for (const token of [first.accessToken, second.accessToken]) {
      const result = await gql(READ, {}, token);
      expect({ code: errorCode(result), data: result.data }).toEqual({ code: 'UNAUTHENTICATED', data: null });
    }
    expect(errorCode(await gql(REFRESH, { r: second.refreshToken }))).toBe('UNAUTHENTICATED');
    // The admin's other session (another device) is not affected.
    expect((await gqlOk(READ, {}, org.admin.token)).me.id).toBe(org.admin.userId);
  });
});
