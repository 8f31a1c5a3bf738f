import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, eventually, gql, gqlOk, mailFor, ownerQuery, TEST_PASSWORD, uniqueEmail } from '#testing';

// What this guards against: no way to change one's password, reset a forgotten one, sign out, or
// see and end one's sessions.
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`;
const ME = `{ me { id } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const SESSIONS = `{ myLoginSessions { id current createdAt lastUsedAt } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) }`;
const NEW_PASSWORD = 'a-brand-new-password';

type Session = { accessToken: string; refreshToken: string };
const signIn = async (email: string, password: string): Promise<Session> => (await gqlOk(LOGIN, { e: email, p: password })).login;
const works = async (session: Session): Promise<boolean> => !(await gql(ME, {}, session.accessToken)).errors;
const refreshes = async (session: Session): Promise<boolean> => !(await gql(REFRESH, { r: session.refreshToken })).errors;

const RESET_CODE = /Reset code: ([0-9a-f-]{36}\.[0-9a-f-]{36}\.[A-Za-z0-9_-]+)/;

/** The reset code of the `count`-th reset email to this address (the worker sends it). */
async function resetCode(email: string, count: number): Promise<string> {
  const codes = await eventually(async () => {
    const found = (await mailFor(email))
      .map((mail) => RESET_CODE.exec(mail.raw.replace(/=\r?\n/g, ''))?.[1])
      .filter((code): code is string => !!code);
    if (found.length < count) throw new Error(`expected ${count} reset email(s), got ${found.length}`);
    return found;
  });
  return codes[count - 1]!;
}

describe('security: account basics', () => {
  it('changes the password and signs out every other device, keeping this one', async () => {
    const org = await createOrganisation();
    const member = await org.addMember(['PARTICIPANT']);
    const [here, elsewhere] = [await signIn(member.email, TEST_PASSWORD), await signIn(member.email, TEST_PASSWORD)];

    const wrong = await gql(CHANGE, { c: 'not-my-password', n: NEW_PASSWORD }, here.accessToken);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_PASSWORD' });
    expect(await works(elsewhere)).toBe(true);

    expect((await gqlOk(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }, here.accessToken)).changePassword).toBe(true);
    expect(await works(here)).toBe(true);
    expect(await works(elsewhere)).toBe(false);
    expect(await refreshes(elsewhere)).toBe(false);
    expect(errorCode(await gql(LOGIN, { e: member.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(await works(await signIn(member.email, NEW_PASSWORD))).toBe(true);
  });

  it('resets a forgotten password by a single-use, expiring emailed code, answering the same for unknown emails', async () => {
    const org = await createOrganisation();
    const member = await org.addMember(['PARTICIPANT']);
    const before = await signIn(member.email, TEST_PASSWORD);
    const unknown = uniqueEmail('nobody');

    const known = await gql(REQUEST_RESET, { e: member.email });
    const stranger = await gql(REQUEST_RESET, { e: unknown });
    expect(known).toEqual({ status: 200, data: { requestPasswordReset: true }, errors: undefined });
    expect(stranger).toEqual(known);

    const code = await resetCode(member.email, 1);
    expect(await mailFor(unknown)).toEqual([]);
    // The email carries the code, never the password or a token of the session.
    for (const mail of await mailFor(member.email)) expect(mail.raw).not.toContain(TEST_PASSWORD);

    expect(errorCode(await gql(RESET, { t: `${code.slice(0, -4)}AAAA`, n: NEW_PASSWORD }))).toBe('NOT_FOUND');
    expect((await gqlOk(RESET, { t: code, n: NEW_PASSWORD })).resetPassword).toBe(true);
    expect(await works(before)).toBe(false); // every session ended
    expect(errorCode(await gql(LOGIN, { e: member.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(await works(await signIn(member.email, NEW_PASSWORD))).toBe(true);
    // Single use.
    expect(errorCode(await gql(RESET, { t: code, n: 'yet-another-password' }))).toBe('NOT_FOUND');

    // Expiring: a second code, past its expiry, is refused.
    await gqlOk(REQUEST_RESET, { e: member.email });
    const second = await resetCode(member.email, 2);
    await ownerQuery(`UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE id = $1`, [second.split('.')[1]]);
    expect(errorCode(await gql(RESET, { t: second, n: 'yet-another-password' }))).toBe('NOT_FOUND');
    expect(await works(await signIn(member.email, NEW_PASSWORD))).toBe(true);
  });

  it("logs out: the session's access and refresh tokens stop working, other sessions do not", async () => {
    const org = await createOrganisation();
    const session = await signIn(org.admin.email, TEST_PASSWORD);
    expect((await gqlOk(`mutation { logout }`, {}, session.accessToken)).logout).toBe(true);
    expect(await works(session)).toBe(false);
    expect(await refreshes(session)).toBe(false);
    expect((await gqlOk(ME, {}, org.admin.token)).me.id).toBe(org.admin.userId);
  });

  it("lists one's own sessions and revokes one of them; another user's session is NOT_FOUND", async () => {
    const org = await createOrganisation();
    const member = await org.addMember(['COACH']);
    const laptop = await signIn(member.email, TEST_PASSWORD);
    const phone = await signIn(member.email, TEST_PASSWORD);

    const listed = (await gqlOk(SESSIONS, {}, laptop.accessToken)).myLoginSessions as Array<{ id: string; current: boolean }>;
    expect(listed.length).toBe(3); // the invitation's sign-in, the laptop and the phone
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    const phoneId = (await gqlOk(SESSIONS, {}, phone.accessToken)).myLoginSessions.find((s: { current: boolean }) => s.current).id;

    expect(errorCode(await gql(`mutation($id: ID!) { revokeLoginSession(id: $id) }`, { id: phoneId }, org.admin.token))).toBe('NOT_FOUND');
    expect(await works(phone)).toBe(true);

    expect(
      (await gqlOk(`mutation($id: ID!) { revokeLoginSession(id: $id) }`, { id: phoneId }, laptop.accessToken)).revokeLoginSession,
    ).toBe(true);
    expect(await works(phone)).toBe(false);
    expect(await refreshes(phone)).toBe(false);
    expect(await works(laptop)).toBe(true);
    expect((await gqlOk(SESSIONS, {}, laptop.accessToken)).myLoginSessions.map((s: { id: string }) => s.id)).not.toContain(phoneId);
  });
});
