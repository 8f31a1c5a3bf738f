import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createOrganisation,
  errorCode,
  freePort,
  gql,
  startProcess,
  statusForDeclaredBody,
  stopProcess,
  testEnv,
  waitForHttp,
} from '#testing';

const FORGED = 'not-a-valid-token';

/** A query `depth` levels deep through the Membership <-> User cycle. */
function deepQuery(depth: number, leaf = 'id'): string {
  let inner = leaf;
  // Level 0 (right under `me`) is `memberships`, then `user`, alternating.
  for (let level = depth - 1; level >= 0; level -= 1) inner = level % 2 === 0 ? `memberships { ${inner} }` : `user { id ${inner} }`;
  return `{ me { ${inner} } }`;
}

/** Fifteen aliases (the alias limit) of a nine-level query: within depth and alias limits, far over the cost limit. */
const costlyQuery = `{ ${Array.from({ length: 15 }, (_, i) => `m${i}: ${deepQuery(9, 'id roles department team').slice(2, -2)}`).join(' ')} }`;

describe('GraphQL hardening', () => {
  // Sent with a forged token: a limit violation must be refused at validation, before the auth
  // guard (the first place that would touch the database) could even answer UNAUTHENTICATED.
  it.each([
    ['depth', deepQuery(12), /depth limit/i],
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, /aliases limit/i],
    ['tokens', `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`, /tokens/i],
    ['cost', costlyQuery, /cost limit/i],
  ])('refuses a query over the %s limit with BAD_USER_INPUT before any SQL', async (_limit, query, message) => {
    const result = await gql(query, {}, FORGED);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
    expect(result.data ?? null).toBeNull();
  });

  it('accepts a query inside the limits', async () => {
    const org = await createOrganisation();
    const result = await gql(deepQuery(4), {}, org.admin.token);
    expect(result.errors).toBeUndefined();
  });

  it('refuses batched requests and CSRF-able GET requests', async () => {
    const url = `${testEnv().WAYPOINT_TEST_API_URL}/graphql`;
    const batch = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const simpleGet = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers malformed GraphQL and unknown fields with BAD_USER_INPUT and no stack trace', async () => {
    for (const query of ['{ me { id ', '{ nothingHere }']) {
      const result = await gql(query);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it('answers a non-UUID id with BAD_USER_INPUT rather than a database error', async () => {
    const org = await createOrganisation();
    const result = await gql(`mutation { removeMember(membershipId: "1 OR 1=1") { id } }`, {}, org.admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over the size limit from its declared length, before reading it', async () => {
    expect(await statusForDeclaredBody(`${testEnv().WAYPOINT_TEST_API_URL}/graphql`, 3 * 1024 * 1024)).toBe(413);
  });
});

describe('rate limiting', () => {
  let api: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = {
      ...testEnv(),
      PORT: String(port),
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
      RATE_LIMIT_PER_MINUTE: '1000',
      QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-rl${port}`,
    };
    api = startProcess('dist/apps/api/src/main.js', env, join(testEnv().WAYPOINT_TEST_LOG_DIR!, `api-rate-limit-${port}.log`));
    await waitForHttp(`${url}/health/ready`);
  });

  afterAll(async () => stopProcess(api));

  it('answers RATE_LIMITED once a client exceeds the login limit', async () => {
    const login = () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "nobody@example.test", password: "wrong-password") { accessToken } }` }),
      }).then((r) => r.json() as Promise<{ errors: Array<{ extensions: { code: string } }> }>);
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push((await login()).errors[0].extensions.code);
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Other operations are governed by the default limiter only.
    const health = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(health.status).toBe(200);
  });
});
