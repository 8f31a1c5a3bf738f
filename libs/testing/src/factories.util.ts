import { randomUUID } from 'node:crypto';
import { type ApiClient, suiteApi } from './graphql-client.util.js';

export type TestRole = 'ORG_ADMIN' | 'HR' | 'COACH' | 'PARTICIPANT';

export interface TestMember {
  userId: string;
  membershipId: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
  roles: TestRole[];
}

export interface TestOrganisation {
  id: string;
  admin: TestMember;
  /** Invites and accepts a new member with the given roles. */
  addMember(roles: TestRole[], extra?: { department?: string; team?: string; displayName?: string }): Promise<TestMember>;
}

export const uniqueEmail = (label = 'user'): string => `${label}-${randomUUID().slice(0, 12)}@example.test`;
export const TEST_PASSWORD = 'correct-horse-battery';

const AUTH_FIELDS = 'accessToken refreshToken user { id email } membership { id roles }';

// Jest gives every test file its own module registry, so this lists the file's own organisations.
const createdInThisFile: string[] = [];

/** Organisations created by the current test file (to scope cross-tenant jobs to them). */
export const createdOrganisationIds = (): readonly string[] => createdInThisFile;

/** A fresh organisation per test keeps tests independent and parallel-safe (no truncation). */
export async function createOrganisation(name = `Org ${randomUUID().slice(0, 8)}`, api: ApiClient = suiteApi()): Promise<TestOrganisation> {
  const email = uniqueEmail('admin');
  const signUp = await api.gqlOk<{ signUp: { accessToken: string } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email, password: TEST_PASSWORD, displayName: 'Admin' } },
  );
  const created = await api.gqlOk<{ createOrganisation: any }>(
    `mutation($name: String!) { createOrganisation(name: $name) { ${AUTH_FIELDS} membership { organisation { id } } } }`,
    { name },
    signUp.signUp.accessToken,
  );
  const payload = created.createOrganisation;
  const admin: TestMember = {
    userId: payload.user.id,
    membershipId: payload.membership.id,
    email,
    password: TEST_PASSWORD,
    token: payload.accessToken,
    refreshToken: payload.refreshToken,
    roles: ['ORG_ADMIN'],
  };
  const id = payload.membership.organisation.id as string;
  createdInThisFile.push(id);
  return {
    id,
    admin,
    addMember: (roles, extra = {}) => addMember(api, admin.token, roles, extra),
  };
}

async function addMember(
  api: ApiClient,
  adminToken: string,
  roles: TestRole[],
  extra: { department?: string; team?: string; displayName?: string },
): Promise<TestMember> {
  const email = uniqueEmail(roles[0]?.toLowerCase() ?? 'member');
  const invited = await api.gqlOk<{ inviteMember: { token: string } }>(
    `mutation($input: InviteInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, roles, department: extra.department ?? null, team: extra.team ?? null } },
    adminToken,
  );
  const accepted = await api.gqlOk<{ acceptInvitation: any }>(
    `mutation($token: String!, $password: String, $displayName: String) { acceptInvitation(token: $token, password: $password, displayName: $displayName) { ${AUTH_FIELDS} } }`,
    { token: invited.inviteMember.token, password: TEST_PASSWORD, displayName: extra.displayName ?? `${roles.join('+')} member` },
  );
  const payload = accepted.acceptInvitation;
  return {
    userId: payload.user.id,
    membershipId: payload.membership.id,
    email,
    password: TEST_PASSWORD,
    token: payload.accessToken,
    refreshToken: payload.refreshToken,
    roles,
  };
}
