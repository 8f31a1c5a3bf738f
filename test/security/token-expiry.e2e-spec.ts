import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk, jwtClaims, signJwt, testEnv } from '#testing';

// What this guards against: jsonwebtoken checks `exp` only when it is present, so a token without
// one never expired.
const ME = `{ me { id } organisation { id } }`;

describe('security: access tokens must expire', () => {
  it('refuses a correctly signed token without exp, or living longer than the deployment issues', async () => {
    const org = await createOrganisation();
    const secret = testEnv().JWT_SECRET!;
    const now = Math.floor(Date.now() / 1000);
    const { iat: _iat, exp: _exp, ...claims } = jwtClaims(org.admin.token);

    // Control: the same claims with a normal lifetime work.
    expect((await gqlOk(ME, {}, signJwt({ ...claims, iat: now, exp: now + 600 }, secret))).me.id).toBe(org.admin.userId);

    const refused: Record<string, object> = {
      'no exp': { ...claims, iat: now },
      'no exp, no iat': claims,
      'a year long': { ...claims, iat: now, exp: now + 365 * 86_400 },
      'no iat': { ...claims, exp: now + 600 },
    };
    for (const [label, payload] of Object.entries(refused)) {
      const result = await gql(ME, {}, signJwt(payload, secret));
      expect({ label, code: errorCode(result), data: result.data }).toEqual({ label, code: 'UNAUTHENTICATED', data: null });
    }
  });
});
