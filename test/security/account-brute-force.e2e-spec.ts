import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiClient, apiClient, type ExtraApi, startExtraApi, TEST_PASSWORD, uniqueEmail } from '#testing';

// What this guards against: sign-in limits were per address only: 30 wrong passwords for one
// account from 30 addresses were never limited, and the right one then worked. An api behind a
// trusted proxy, so each request can come from the address it names in X-Forwarded-For.
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;

describe('security: per-account limits on password guessing', () => {
  let api: ExtraApi;
  let client: ApiClient;

  beforeAll(async () => {
    api = await startExtraApi('brute-force', { TRUST_PROXY: 'true' });
    client = apiClient(api.url);
  }, 60_000);

  afterAll(async () => api?.stop());

  const login = async (email: string, password: string, address: string) => {
    const result = await client.gql(LOGIN, { e: email, p: password }, undefined, { 'x-forwarded-for': address });
    return result.errors ? `${result.errors[0]!.extensions?.code}` : 'OK';
  };

  async function account(): Promise<string> {
    const email = uniqueEmail('target');
    await client.gqlOk(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { email, password: TEST_PASSWORD, displayName: 'Target' },
    });
    return email;
  }

  it('slows guessing across many addresses, while the owner at their usual address still signs in', async () => {
    const email = await account();
    expect(await login(email, TEST_PASSWORD, '203.0.113.7')).toBe('OK'); // the owner's usual address

    const codes: string[] = [];
    for (let i = 0; i < 30; i += 1) codes.push(await login(email, `wrong-password-${i}`, `198.51.100.${i + 1}`));
    // 20 failures an hour are answered as such; past them, addresses new to the account must back off.
    expect(codes.slice(0, 21)).toEqual(Array(21).fill('UNAUTHENTICATED'));
    expect(codes.slice(21)).toEqual(Array(9).fill('RATE_LIMITED'));
    // Even the right password is not checked from an unknown address during the backoff...
    expect(await login(email, TEST_PASSWORD, '198.51.100.200')).toBe('RATE_LIMITED');
    // ...but the owner is not locked out where they usually sign in.
    expect(await login(email, TEST_PASSWORD, '203.0.113.7')).toBe('OK');
  });

  it('blocks one address after 5 failures for one account, without touching the owner elsewhere', async () => {
    const email = await account();
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) codes.push(await login(email, `wrong-password-${i}`, '192.0.2.50'));
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const blocked = await client.gql(LOGIN, { e: email, p: TEST_PASSWORD }, undefined, { 'x-forwarded-for': '192.0.2.50' });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
    expect(await login(email, TEST_PASSWORD, '192.0.2.51')).toBe('OK');
    // An unknown email is counted the same way, so the limit does not reveal which accounts exist.
    const nobody = uniqueEmail('nobody');
    const unknown: string[] = [];
    for (let i = 0; i < 6; i += 1) unknown.push(await login(nobody, `wrong-password-${i}`, '192.0.2.60'));
    expect(unknown).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });
});
