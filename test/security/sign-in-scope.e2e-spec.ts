import { describe, expect, it } from '@jest/globals';
import { createOrganisation, gqlOk, ownerQuery, TEST_PASSWORD, uniqueEmail } from '#testing';

// What this guards against: the payload of acceptInvitation, login and refreshToken resolved in the
// anonymous request's scope, so `membership { organisation }` failed under row-level security; in
// acceptInvitation the whole mutation then rolled back while still answering with a token.
const PAYLOAD = `accessToken refreshToken user { id email displayName } membership { id roles organisation { id name slug } user { email } }`;
const INVITE = `mutation($input: InviteInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation($token: String!, $password: String, $displayName: String) { acceptInvitation(token: $token, password: $password, displayName: $displayName) { ${PAYLOAD} } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${PAYLOAD} } }`;
const REFRESH = `mutation($token: String!) { refreshToken(refreshToken: $token) { ${PAYLOAD} } }`;
const WHO = `{ me { email } organisation { name } }`;

describe('security: sign-in answers resolve as the signed-in user', () => {
  it('acceptInvitation, login and refreshToken resolve the membership, its organisation and user, and their tokens work', async () => {
    const org = await createOrganisation('Scope Check Org');
    const email = uniqueEmail('scope');
    const { inviteMember } = await gqlOk(INVITE, { input: { email, roles: ['PARTICIPANT'] } }, org.admin.token);

    const accepted = (await gqlOk(ACCEPT, { token: inviteMember.token, password: TEST_PASSWORD, displayName: 'Scoped' })).acceptInvitation;
    expect(accepted.membership.organisation).toMatchObject({ id: org.id, name: 'Scope Check Org' });
    expect(accepted.membership.user.email).toBe(email);
    expect(accepted.user).toMatchObject({ email, displayName: 'Scoped' });
    // The account really exists and the token really works.
    expect(await ownerQuery(`SELECT 1 FROM users WHERE lower(email) = $1`, [email])).toHaveLength(1);
    expect(await gqlOk(WHO, {}, accepted.accessToken)).toEqual({ me: { email }, organisation: { name: 'Scope Check Org' } });

    const login = (await gqlOk(LOGIN, { email, password: TEST_PASSWORD })).login;
    expect(login.membership.organisation.id).toBe(org.id);
    expect((await gqlOk(WHO, {}, login.accessToken)).organisation.name).toBe('Scope Check Org');

    const refreshed = (await gqlOk(REFRESH, { token: login.refreshToken })).refreshToken;
    expect(refreshed.membership.organisation.id).toBe(org.id);
    expect(refreshed.user.email).toBe(email);
    expect((await gqlOk(WHO, {}, refreshed.accessToken)).me.email).toBe(email);
  });
});
