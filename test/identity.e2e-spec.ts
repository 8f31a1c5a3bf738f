import { describe, expect, it } from '@jest/globals';
import { connect, createOrganisation, errorCode, gql, gqlOk, TEST_PASSWORD, uniqueEmail, waitForMail } from '#testing';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email } membership { id } } }`;
const INVITE = `mutation($input: InviteInput!) { inviteMember(input: $input) { id email roles token expiresAt } }`;
const ACCEPT = `mutation($token: String!, $password: String, $displayName: String) {
  acceptInvitation(token: $token, password: $password, displayName: $displayName) { accessToken membership { id roles department team } user { email } } }`;

async function userExists(email: string): Promise<boolean> {
  const db = await connect('owner');
  try {
    const { rowCount } = await db.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [email]);
    return rowCount === 1;
  } finally {
    await db.end();
  }
}

describe('identity over HTTP', () => {
  it('runs signUp -> createOrganisation -> inviteMember -> acceptInvitation -> me, and emails the invitation through the worker', async () => {
    const adminEmail = uniqueEmail('founder');
    const signedUp = await gqlOk(SIGN_UP, { input: { email: adminEmail, password: TEST_PASSWORD, displayName: 'Founder' } });
    expect(signedUp.signUp.membership).toBeNull();

    const created = await gqlOk(
      `mutation { createOrganisation(name: "Northwind Coaching") { accessToken membership { id roles organisation { id name anonymityThreshold } } } }`,
      {},
      signedUp.signUp.accessToken,
    );
    expect(created.createOrganisation.membership.roles).toEqual(['ORG_ADMIN']);
    expect(created.createOrganisation.membership.organisation).toMatchObject({ name: 'Northwind Coaching', anonymityThreshold: 5 });
    const adminToken = created.createOrganisation.accessToken;

    const inviteeEmail = uniqueEmail('coach');
    const invited = await gqlOk(
      INVITE,
      { input: { email: inviteeEmail, roles: ['COACH', 'PARTICIPANT'], department: 'Engineering', team: 'Platform' } },
      adminToken,
    );
    expect(invited.inviteMember).toMatchObject({ email: inviteeEmail, roles: ['COACH', 'PARTICIPANT'] });
    expect(new Date(invited.inviteMember.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const [mail] = await waitForMail(inviteeEmail);
    expect(mail.raw).toContain('Northwind Coaching');
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(invited.inviteMember.token.split('.')[2].slice(0, 20));

    const accepted = await gqlOk(ACCEPT, { token: invited.inviteMember.token, password: TEST_PASSWORD, displayName: 'Casey Coach' });
    expect(accepted.acceptInvitation.membership).toMatchObject({
      roles: ['COACH', 'PARTICIPANT'],
      department: 'Engineering',
      team: 'Platform',
    });

    const me = await gqlOk(
      `{ me { email displayName memberships { roles organisation { name } } } organisation { name } members { user { email } } }`,
      {},
      accepted.acceptInvitation.accessToken,
    );
    expect(me.me).toMatchObject({ email: inviteeEmail, displayName: 'Casey Coach' });
    expect(me.me.memberships).toEqual([{ roles: ['COACH', 'PARTICIPANT'], organisation: { name: 'Northwind Coaching' } }]);
    expect(me.members.map((m: any) => m.user.email).sort()).toEqual([adminEmail, inviteeEmail].sort());

    // Single use: the same token cannot be redeemed twice.
    const again = await gql(ACCEPT, { token: invited.inviteMember.token, password: TEST_PASSWORD, displayName: 'Casey Coach' });
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: TEST_PASSWORD, displayName: 'X' }],
    ['a short password', { email: uniqueEmail('short'), password: 'short', displayName: 'X' }],
    ['an empty display name', { email: uniqueEmail('noname'), password: TEST_PASSWORD, displayName: '' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, input) => {
    const result = await gql(SIGN_UP, { input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
    expect(await userExists(input.email)).toBe(false);
  });

  it('refuses an unknown role with BAD_USER_INPUT and creates no invitation', async () => {
    const org = await createOrganisation();
    const email = uniqueEmail('unknown-role');
    const result = await gql(INVITE, { input: { email, roles: ['SUPERHERO'] } }, org.admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const db = await connect('owner');
    try {
      expect((await db.query('SELECT 1 FROM invitations WHERE email = $1', [email])).rowCount).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('answers a duplicate sign-up with CONFLICT and a wrong password with UNAUTHENTICATED', async () => {
    const email = uniqueEmail('dup');
    await gqlOk(SIGN_UP, { input: { email, password: TEST_PASSWORD, displayName: 'One' } });
    expect(errorCode(await gql(SIGN_UP, { input: { email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Two' } }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await gql(`mutation($e: String!) { login(email: $e, password: "wrong-password!") { accessToken } }`, { e: email })),
    ).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(`mutation { login(email: "nobody@example.test", password: "wrong-password!") { accessToken } }`))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps admin operations to admins and validates the anonymity threshold', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    expect(errorCode(await gql(INVITE, { input: { email: uniqueEmail(), roles: ['PARTICIPANT'] } }, participant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(`mutation { setAnonymityThreshold(threshold: 4) { id } }`, {}, participant.token))).toBe('FORBIDDEN');
    for (const threshold of [2, 11]) {
      expect(
        errorCode(await gql(`mutation($t: Int!) { setAnonymityThreshold(threshold: $t) { id } }`, { t: threshold }, org.admin.token)),
      ).toBe('BAD_USER_INPUT');
    }
    const changed = await gqlOk(`mutation { setAnonymityThreshold(threshold: 7) { anonymityThreshold } }`, {}, org.admin.token);
    expect(changed.setAnonymityThreshold.anonymityThreshold).toBe(7);
    // Every member may read the organisation settings.
    expect((await gqlOk(`{ organisation { anonymityThreshold } }`, {}, participant.token)).organisation.anonymityThreshold).toBe(7);
  });

  it('refuses a removed member on the very next request', async () => {
    const org = await createOrganisation();
    const member = await org.addMember(['PARTICIPANT']);
    await gqlOk(`{ organisation { id } }`, {}, member.token);
    await gqlOk(`mutation($id: ID!) { removeMember(membershipId: $id) { id } }`, { id: member.membershipId }, org.admin.token);
    expect(errorCode(await gql(`{ organisation { id } }`, {}, member.token))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await gql(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`, { r: member.refreshToken })),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('identity across two organisations', () => {
  it('never lets one organisation read or change the other (NOT_FOUND / FORBIDDEN, never data)', async () => {
    const [a, b] = await Promise.all([createOrganisation('Alpha'), createOrganisation('Beta')]);
    const aMember = await a.addMember(['COACH'], { department: 'Sales' });

    // B's admin cannot enter A.
    expect(
      errorCode(await gql(`mutation($id: ID!) { switchOrganisation(organisationId: $id) { accessToken } }`, { id: a.id }, b.admin.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(`mutation($e: String!, $p: String!, $o: ID) { login(email: $e, password: $p, organisationId: $o) { accessToken } }`, {
          e: b.admin.email,
          p: TEST_PASSWORD,
          o: a.id,
        }),
      ),
    ).toBe('FORBIDDEN');

    // Lists only show the caller's organisation.
    const bMembers = await gqlOk(`{ members { id } organisation { id } }`, {}, b.admin.token);
    expect(bMembers.members.map((m: any) => m.id)).toEqual([b.admin.membershipId]);
    expect(bMembers.organisation.id).toBe(b.id);

    // A's member ids are unknown to B.
    for (const mutation of [
      `mutation($id: ID!) { removeMember(membershipId: $id) { id } }`,
      `mutation($id: ID!) { updateMember(membershipId: $id, input: { roles: [HR] }) { id } }`,
    ]) {
      const result = await gql(mutation, { id: aMember.membershipId }, b.admin.token);
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
    }
    // B's threshold change does not touch A.
    await gqlOk(`mutation { setAnonymityThreshold(threshold: 9) { id } }`, {}, b.admin.token);
    expect((await gqlOk(`{ organisation { anonymityThreshold } }`, {}, a.admin.token)).organisation.anonymityThreshold).toBe(5);

    // A token of A cannot be bent to B's invitation by editing the organisation part.
    const invitation = await gqlOk(INVITE, { input: { email: uniqueEmail(), roles: ['PARTICIPANT'] } }, a.admin.token);
    const forged = [b.id, ...invitation.inviteMember.token.split('.').slice(1)].join('.');
    expect(errorCode(await gql(ACCEPT, { token: forged, password: TEST_PASSWORD, displayName: 'Mallory' }))).toBe('NOT_FOUND');

    // A user in both organisations sees each only with the matching token.
    const both = await b.addMember(['PARTICIPANT']);
    const invitedToA = await gqlOk(INVITE, { input: { email: both.email, roles: ['HR'] } }, a.admin.token);
    const joined = await gqlOk(ACCEPT, { token: invitedToA.inviteMember.token, password: TEST_PASSWORD });
    expect(joined.acceptInvitation.membership.roles).toEqual(['HR']);
    const switched = await gqlOk(
      `mutation($id: ID!) { switchOrganisation(organisationId: $id) { accessToken membership { roles } } }`,
      { id: a.id },
      both.token,
    );
    expect(switched.switchOrganisation.membership.roles).toEqual(['HR']);
    const inA = await gqlOk(
      `{ organisation { id } me { memberships { organisation { id } } } }`,
      {},
      switched.switchOrganisation.accessToken,
    );
    expect(inA.organisation.id).toBe(a.id);
    expect(inA.me.memberships.map((m: any) => m.organisation.id).sort()).toEqual([a.id, b.id].sort());
  });
});
