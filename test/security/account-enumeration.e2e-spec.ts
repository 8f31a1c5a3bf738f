import { describe, expect, it } from '@jest/globals';
import { createOrganisation, gql, gqlOk, TEST_PASSWORD, uniqueEmail } from '#testing';

// What this guards against: acceptInvitation without a password answered differently for an address
// with an account and one without; signUp answers CONFLICT for a taken email (the contract returns
// tokens, so that cannot be hidden) with no limit per email.
const INVITE = `mutation($input: InviteInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation($token: String!, $password: String, $displayName: String) { acceptInvitation(token: $token, password: $password, displayName: $displayName) { accessToken } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

describe('security: account enumeration', () => {
  it('answers acceptInvitation without a password identically for an existing account and a new one', async () => {
    const org = await createOrganisation();
    const existing = uniqueEmail('existing');
    await gqlOk(SIGN_UP, { input: { email: existing, password: TEST_PASSWORD, displayName: 'Existing' } });
    const fresh = uniqueEmail('fresh');
    const answers = [];
    for (const email of [existing, fresh]) {
      const { inviteMember } = await gqlOk(INVITE, { input: { email, roles: ['PARTICIPANT'] } }, org.admin.token);
      for (const variables of [{ token: inviteMember.token }, { token: inviteMember.token, displayName: 'Probe' }]) {
        const result = await gql(ACCEPT, variables);
        answers.push({ data: result.data, errors: result.errors?.map(({ message, extensions }) => ({ message, extensions })) });
      }
    }
    expect(answers[0]!.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('limits sign-up attempts per email, whoever makes them', async () => {
    const email = uniqueEmail('signup');
    const codes = [];
    for (let i = 0; i < 7; i += 1) {
      const result = await gql(SIGN_UP, {
        input: { email: i % 2 ? email.toUpperCase() : email, password: TEST_PASSWORD, displayName: 'Someone' },
      });
      codes.push(result.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes).toEqual(['OK', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'RATE_LIMITED', 'RATE_LIMITED']);
    // Other emails from the same address are unaffected (it is a limit per email, not per address).
    expect(
      (await gqlOk(SIGN_UP, { input: { email: uniqueEmail('other'), password: TEST_PASSWORD, displayName: 'Other' } })).signUp.accessToken,
    ).toEqual(expect.any(String));
  });
});
