import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk, jwtClaims, signJwt as signToken, testEnv } from '#testing';

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const ME = `{ me { id } }`;
const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`;

describe('access and refresh tokens', () => {
  it('refuses forged, expired and misused tokens with UNAUTHENTICATED', async () => {
    const org = await createOrganisation();
    const secret = testEnv().JWT_SECRET!;
    const now = Math.floor(Date.now() / 1000);
    const sid = jwtClaims(org.admin.token).sid;
    const claims = {
      sub: org.admin.userId,
      org: org.id,
      mid: org.admin.membershipId,
      sid,
      typ: 'access',
      iss: 'waypoint',
      aud: 'waypoint-api',
      iat: now,
      exp: now + 600,
    };

    // Control: a correctly signed token with these claims works, so the refusals below are about the one change each.
    expect((await gqlOk(ME, {}, signToken(claims, secret))).me.id).toBe(org.admin.userId);

    const cases: Record<string, string> = {
      'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      'wrong signature': signToken(claims, 'another-secret-another-secret-another'),
      'HS512 instead of the pinned HS256': (() => {
        const unsigned = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims)}`;
        return `${unsigned}.${createHmac('sha512', secret).update(unsigned).digest('base64url')}`;
      })(),
      expired: signToken({ ...claims, iat: now - 3600, exp: now - 60 }, secret),
      'wrong audience': signToken({ ...claims, aud: 'someone-else' }, secret),
      'wrong issuer': signToken({ ...claims, iss: 'evil' }, secret),
      'not an access token': signToken({ ...claims, typ: 'refresh' }, secret),
      'refresh token used as access token': org.admin.refreshToken,
      garbage: 'abc.def.ghi',
    };
    for (const [label, token] of Object.entries(cases)) {
      const result = await gql(ME, {}, token);
      expect({ label, code: errorCode(result), data: result.data }).toEqual({ label, code: 'UNAUTHENTICATED', data: null });
    }
  });

  it('rotates refresh tokens and revokes the whole family when one is replayed', async () => {
    const org = await createOrganisation();
    const first = await gqlOk(REFRESH, { r: org.admin.refreshToken });
    const second = await gqlOk(REFRESH, { r: first.refreshToken.refreshToken });
    expect((await gqlOk(ME, {}, second.refreshToken.accessToken)).me.id).toBe(org.admin.userId);

    // Replaying an already used token is theft: refused, and the family (including the newest token) is revoked.
    expect(errorCode(await gql(REFRESH, { r: org.admin.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(REFRESH, { r: second.refreshToken.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(REFRESH, { r: 'not-a-real-token' }))).toBe('UNAUTHENTICATED');
  });
});
