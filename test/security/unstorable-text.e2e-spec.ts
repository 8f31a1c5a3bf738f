import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { createOrganisation, gql, ownerQuery, TEST_PASSWORD, uniqueEmail } from '#testing';

// What this guards against: a NUL character in any string argument was an INTERNAL_SERVER_ERROR
// (PostgreSQL cannot store it); a lone surrogate in an email was a 500 and in a title was stored
// altered.
const NUL = '\u0000';
const LONE = '\uD800';

describe('security: NUL characters and lone surrogates are refused for every string input', () => {
  it('answers BAD_USER_INPUT (reason UNSTORABLE_TEXT) across operations, in variables and in literals, and stores nothing', async () => {
    const org = await createOrganisation();
    const marker = `unstorable-${randomUUID().slice(0, 8)}`;
    const cases: Array<[string, string, Record<string, unknown>, string?]> = [
      [
        'signUp (email, NUL)',
        `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
        { input: { email: `a${NUL}@example.test`, password: TEST_PASSWORD, displayName: marker } },
      ],
      [
        'signUp (email, lone surrogate)',
        `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
        { input: { email: `ab${LONE}@example.test`, password: TEST_PASSWORD, displayName: marker } },
      ],
      [
        'login',
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
        { e: uniqueEmail(), p: `pass${NUL}word-long` },
      ],
      [
        'createOrganisation',
        `mutation($n: String!) { createOrganisation(name: $n) { accessToken } }`,
        { n: `${marker}${NUL}` },
        org.admin.token,
      ],
      [
        'inviteMember',
        `mutation($input: InviteInput!) { inviteMember(input: $input) { id } }`,
        { input: { email: uniqueEmail(), roles: ['PARTICIPANT'], department: `${marker}${NUL}` } },
        org.admin.token,
      ],
      [
        'createReflectionTemplate (NUL)',
        `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
        { input: { title: `${marker}${NUL}`, primaryQuestion: 'Q?' } },
        org.admin.token,
      ],
      [
        'createReflectionTemplate (lone surrogate in a list)',
        `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
        { input: { title: marker, primaryQuestion: 'Q?', goals: ['fine', `half ${LONE} a character`] } },
        org.admin.token,
      ],
      ['askReflections', `mutation($q: String!) { askReflections(question: $q) { answer } }`, { q: `why${NUL}` }, org.admin.token],
      [
        'editActionItem',
        `mutation($id: ID!, $input: ActionItemPatchInput!) { editActionItem(id: $id, input: $input) { id } }`,
        { id: randomUUID(), input: { title: `x${NUL}` } },
        org.admin.token,
      ],
      [
        'a literal in the query text',
        `mutation { createOrganisation(name: "${marker}\\u0000inline") { accessToken } }`,
        {},
        org.admin.token,
      ],
    ];
    for (const [label, query, variables, token] of cases) {
      const result = await gql(query, variables, token);
      expect({
        label,
        status: result.status,
        data: result.data,
        code: result.errors?.[0]?.extensions?.code,
        reason: result.errors?.[0]?.extensions?.reason,
      }).toEqual({
        label,
        status: 400,
        data: null,
        code: 'BAD_USER_INPUT',
        reason: 'UNSTORABLE_TEXT',
      });
      // The error names where the text was, never the text.
      expect(JSON.stringify(result.errors)).not.toContain(marker);
    }
    // graphql-js itself refuses a lone surrogate in the query text (as a parse error).
    const literal = await gql(`mutation { createOrganisation(name: "${marker}\\ud800inline") { accessToken } }`, {}, org.admin.token);
    expect({ status: literal.status, data: literal.data, code: literal.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      data: null,
      code: 'BAD_USER_INPUT',
    });

    expect(await ownerQuery(`SELECT 1 FROM organisations WHERE name LIKE $1`, [`${marker}%`])).toEqual([]);
    expect(await ownerQuery(`SELECT 1 FROM reflection_template_versions WHERE title LIKE $1`, [`${marker}%`])).toEqual([]);
    expect(await ownerQuery(`SELECT 1 FROM users WHERE display_name = $1`, [marker])).toEqual([]);
    expect(await ownerQuery(`SELECT 1 FROM invitations WHERE department LIKE $1`, [`${marker}%`])).toEqual([]);
  });
});
