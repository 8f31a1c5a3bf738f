import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import {
  API_ENTRY,
  apiClient,
  type ExtraApi,
  envWith,
  freePort,
  ownerQuery,
  runToExit,
  startExtraApi,
  suiteApi,
  TEST_PASSWORD,
  uniqueEmail,
} from '#testing';
import {
  CreateOrganisationDocument,
  documentIdOf,
  execute,
  executeOk,
  MeDocument,
  MembersPageDocument,
  SignUpDocument,
} from '../clients/index.js';

const UNLISTED = '{ me { id email } }';

/** Signs a new admin up and creates their organisation, by trusted documents only. */
async function adminToken(url: string): Promise<string> {
  const email = uniqueEmail('trusted');
  const signUp = await executeOk({ url }, SignUpDocument, { input: { email, password: TEST_PASSWORD, displayName: 'Trusted' } });
  const created = await executeOk({ url, token: signUp.signUp.accessToken }, CreateOrganisationDocument, {
    name: `Trusted ${randomUUID().slice(0, 8)}`,
  });
  return created.createOrganisation.accessToken;
}

describe('trusted documents', () => {
  let enforcing: ExtraApi;

  beforeAll(async () => {
    enforcing = await startExtraApi('trusted-documents', { TRUSTED_DOCUMENTS: 'enforce' });
  });
  afterAll(async () => {
    await enforcing?.stop();
  });

  it('runs a listed operation sent by its documentId when enforced', async () => {
    const token = await adminToken(enforcing.url);
    const me = await executeOk({ url: enforcing.url, token }, MeDocument);
    expect(me.me.memberships).toHaveLength(1);
    const members = await executeOk({ url: enforcing.url, token }, MembersPageDocument, { first: 10 });
    expect(members.membersConnection.edges).toHaveLength(1);
  });

  it("runs a listed operation named by Apollo's persisted-query extension when enforced", async () => {
    const token = await adminToken(enforcing.url);
    const response = await fetch(`${enforcing.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: documentIdOf(MeDocument).replace(/^sha256:/, '') } },
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.me.memberships).toHaveLength(1);
  });

  it('runs a listed operation sent as its exact manifest text when enforced', async () => {
    const token = await adminToken(enforcing.url);
    const manifest = JSON.parse(await readFile('clients/generated/persisted-documents.json', 'utf8')) as Record<string, string>;
    const result = await apiClient(enforcing.url).gql(manifest[documentIdOf(MeDocument)]!, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me?.memberships).toHaveLength(1);
  });

  it('refuses an unlisted operation with FORBIDDEN (UNTRUSTED_DOCUMENT) when enforced, before running it', async () => {
    const token = await adminToken(enforcing.url);
    for (const query of [UNLISTED, print(MeDocument)]) {
      const result = await apiClient(enforcing.url).gql(query, {}, token);
      expect(result.status).toBe(403);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
    }
    // An unlisted mutation writes nothing.
    const name = `Untrusted ${randomUUID()}`;
    const mutation = await apiClient(enforcing.url).gql(
      `mutation($name: String!) { createOrganisation(name: $name) { accessToken } }`,
      { name },
      token,
    );
    expect(mutation.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
    expect(await ownerQuery(`SELECT id FROM organisations WHERE name = $1`, [name])).toEqual([]);
    // A hash-only persisted query that is not in the manifest is refused too.
    const response = await fetch(`${enforcing.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as any).errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
  });

  it('answers an unknown documentId with NOT_FOUND (UNKNOWN_DOCUMENT_ID)', async () => {
    const response = await fetch(`${enforcing.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}`, variables: {} }),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_DOCUMENT_ID' });
  });

  it('runs any operation, and trusted documents by id, when not enforced (the default)', async () => {
    const token = await adminToken(suiteApi().url);
    const unlisted = await suiteApi().gql(UNLISTED, {}, token);
    expect(unlisted.errors).toBeUndefined();
    const byText = await execute({ url: suiteApi().url, token, send: 'query' }, MeDocument);
    const byId = await execute({ url: suiteApi().url, token }, MeDocument);
    expect(byText.errors).toBeUndefined();
    expect(byId.data).toEqual(byText.data);
  });

  it('refuses to start enforcing without a manifest it can read', async () => {
    const run = await runToExit(
      API_ENTRY,
      envWith({
        PORT: String(await freePort()),
        TRUSTED_DOCUMENTS: 'enforce',
        TRUSTED_DOCUMENTS_MANIFEST: 'clients/generated/missing.json',
      }),
      30_000,
    );
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/"level":"fatal".*api failed to start/);
    expect(run.output).toContain('missing.json');
  });
});
