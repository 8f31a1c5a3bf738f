import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import {
  API_ENTRY,
  apiClient,
  createOrganisation,
  envWith,
  errorCode,
  freePort,
  jwtClaims,
  runToExit,
  signJwt,
  startExtraApi,
} from '#testing';

// What this guards against: a JWT secret published in the repository (the old docker-compose
// default, or the old built-in development secret) let anyone sign an organisation admin's token.
const OLD_COMPOSE_DEFAULT = 'change-me-to-a-long-random-secret-of-32-chars';
const OLD_DEVELOPMENT_SECRET = 'waypoint-development-secret-do-not-use-in-production';
const MEMBERS = `{ members { id } }`;

describe('security: no published JWT secret signs a working token', () => {
  it('refuses to start in production with the old compose default secret, naming JWT_SECRET in one JSON line', async () => {
    const run = await runToExit(
      API_ENTRY,
      envWith({ NODE_ENV: 'production', JWT_SECRET: OLD_COMPOSE_DEFAULT, PORT: String(await freePort()) }),
    );
    expect(run.code).toBe(1);
    const lines = run.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'fatal', msg: 'invalid configuration', variables: ['JWT_SECRET'] });
  });

  it("in development without JWT_SECRET, a token signed with the old built-in secret is refused; the checkout's own secret works", async () => {
    const org = await createOrganisation();
    const now = Math.floor(Date.now() / 1000);
    const claims = { ...jwtClaims(org.admin.token), iat: now, exp: now + 600 };
    const api = await startExtraApi('dev-secret', { NODE_ENV: 'development', JWT_SECRET: undefined });
    try {
      const client = apiClient(api.url);
      const forged = await client.gql(MEMBERS, {}, signJwt(claims, OLD_DEVELOPMENT_SECRET));
      expect({ code: errorCode(forged), data: forged.data }).toEqual({ code: 'UNAUTHENTICATED', data: null });
      // The same claims signed with the secret this checkout generated for itself (var/, never committed) work.
      const own = (await readFile('var/dev-jwt-secret', 'utf8')).trim();
      expect(own).not.toBe(OLD_DEVELOPMENT_SECRET);
      expect((await client.gqlOk(MEMBERS, {}, signJwt(claims, own))).members).toEqual([{ id: org.admin.membershipId }]);
    } finally {
      await api.stop();
    }
  });
});
