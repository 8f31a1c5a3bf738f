// The permission matrix of the product (docs/permissions.md), run over HTTP against the real api and worker.
// One table row per resource/action (and variant), one cell per role; every cell becomes a test that
// calls the real GraphQL operation as that role and checks the answer: the data (exactly, against what
// the owner reads), or the error code. The table is meant to be diffed against docs/permissions.md.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { errorCode, gql, gqlOk, type TestMember } from '#testing';
import { type MatrixOrganisation, matrixOrganisation, ownedIds } from './permission-matrix.fixture.js';
import { type Ctx, OPS, sorted } from './permission-matrix.ops.js';
import { CLIENT_SESSIONS, END_COACHING, openSession, READ_SESSION, REVOKE, readSession, remainingRows, SHARE } from './privacy.helpers.js';

jest.setTimeout(120_000);

// A allow (data checked) | N NOT_FOUND (answered exactly like a missing id) | F FORBIDDEN | B BAD_USER_INPUT
// O allowed, but on the caller's own data only: nothing of participant 1 (or of organisation 1) in the answer
// D allow, destroys participant 1's data: runs after every other test of this file
type Code = 'A' | 'N' | 'F' | 'B' | 'O' | 'D';
type Row = [
  resourceAndAction: string,
  own: Code,
  theirCoach: Code,
  otherCoach: Code,
  hr: Code,
  admin: Code,
  xAdmin: Code,
  xHr: Code,
  xCoach: Code,
  xParticipant: Code,
];
const COLUMNS = [
  'own participant',
  'their coach',
  'other coach',
  'HR',
  'org admin',
  'other org admin',
  'other org HR',
  'other org coach',
  'other org participant',
];

// "Their coach" is coach A (active relationship with participant 1); "other coach" is coach B. The other
// organisation's members are its admin, HR, its own coach A and its own participant 1.
// prettier-ignore
const MATRIX: Row[] = [
  //  docs/permissions.md row | variant                                                                  own  coach other HR   admin   other organisation: admin HR coach participant
  ['organisation settings: read | organisation', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | anonymity threshold', 'F', 'F', 'F', 'F', 'A', 'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | coaches may start coaching', 'F', 'F', 'F', 'F', 'A', 'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | invite a member', 'F', 'F', 'F', 'F', 'A', 'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | remove a member', 'F', 'F', 'F', 'F', 'A', 'N', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | roles of participant 2', 'F', 'F', 'F', 'F', 'A', 'N', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | department and team', 'F', 'F', 'F', 'F', 'A', 'N', 'F', 'F', 'F'],
  [
    'coaching relationship: create / end | create coach A + participant 2 (admins only, default)',
    'F',
    'F',
    'F',
    'F',
    'A',
    'N',
    'F',
    'F',
    'F',
  ],
  ['coaching relationship: create / end | create for self, the organisation lets coaches', 'F', 'A', 'F', 'F', 'A', 'N', 'F', 'F', 'F'],
  // A coach may end their own relationship (it only ever removes access); docs/permissions.md names the create half.
  ['coaching relationship: create / end | end coach A + participant 2', 'F', 'A', 'N', 'F', 'A', 'N', 'F', 'N', 'F'],
  ['template: create | create', 'A', 'A', 'A', 'F', 'A', 'F', 'F', 'F', 'F'],
  ["template: edit / archive | edit coach A's library template (assigned to participant 1)", 'F', 'A', 'F', 'F', 'A', 'N', 'N', 'N', 'N'],
  ["template: edit / archive | archive coach A's library template", 'F', 'A', 'F', 'F', 'A', 'N', 'N', 'N', 'N'],
  // A personal template is its author's alone, like a reflection: admins manage the library, not it.
  ["template: edit / archive | edit participant 1's personal template", 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ["template: edit / archive | archive participant 1's personal template", 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['template: read | library template assigned to participant 1', 'A', 'A', 'A', 'A', 'A', 'N', 'N', 'N', 'N'],
  ['template: read | library template not assigned to participant 1', 'N', 'A', 'A', 'A', 'A', 'N', 'N', 'N', 'N'],
  ["template: read | participant 1's personal template", 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['assign template to a participant | to participant 1', 'A', 'A', 'N', 'F', 'A', 'N', 'F', 'N', 'F'],
  ["assign template to a participant | to participant 2 (nobody's client)", 'F', 'N', 'N', 'F', 'A', 'N', 'F', 'N', 'F'],
  ['reflection session, turns (PRIVATE) | read', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['reflection session, turns (PRIVATE) | write (answer)', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['reflection session, turns (shared with this coach) | read', 'A', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['reflection session, turns (shared with this coach) | write (answer)', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ["reflection session, turns (shared with this coach) | list the client's shared sessions", 'N', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | read the summary', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | ask questions (Q&A)', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | read questions and answers', 'A', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
  ['summary, Q&A, action plan (PRIVATE) | satisfaction trend', 'A', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
  ['summary, Q&A, action plan (PRIVATE) | read the action plan', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | update an action item', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | comment on an action item', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | read the summary', 'A', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | read the action plan', 'A', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | comment on an action item', 'A', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | update an action item', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ["summary, action plan (shared with this coach) | ask questions (Q&A stays the owner's)", 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['share / revoke a reflection | share with their coach', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['share / revoke a reflection | share with a coach who does not coach them', 'B', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['share / revoke a reflection | revoke', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['access log of a reflection | shared reflection', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['access log of a reflection | private reflection (nobody read it)', 'A', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'],
  ['aggregate themes and satisfaction (suppressed below threshold) | developmentThemes', 'F', 'F', 'F', 'A', 'A', 'F', 'F', 'F', 'F'],
  ['opt out of aggregates | setAggregateConsent', 'A', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
  ['export own data / delete own data | export', 'A', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
  ['export own data / delete own data | delete', 'D', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
  ['usage and job status of the organisation (no content) | model usage (llmUsage)', 'F', 'F', 'F', 'F', 'A', 'F', 'F', 'F', 'F'],
  ['usage and job status of the organisation (no content) | job status (organisationJobs)', 'F', 'F', 'F', 'F', 'A', 'F', 'F', 'F', 'F'],
  ['usage and job status of the organisation (no content) | model settings (organisationLlm)', 'F', 'F', 'F', 'F', 'A', 'F', 'F', 'F', 'F'],
  [
    'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | register (createWebhookEndpoint)',
    'F',
    'F',
    'F',
    'F',
    'A',
    'F',
    'F',
    'F',
    'F',
  ],
  [
    'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | list (webhookEndpoints)',
    'F',
    'F',
    'F',
    'F',
    'A',
    'F',
    'F',
    'F',
    'F',
  ],
  // Another organisation's admin is an admin, but not of organisation 1: its endpoint is not found.
  [
    'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | delivery log of an endpoint',
    'F',
    'F',
    'F',
    'F',
    'A',
    'N',
    'F',
    'F',
    'F',
  ],
  [
    'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | disable an endpoint',
    'F',
    'F',
    'F',
    'F',
    'A',
    'N',
    'F',
    'F',
    'F',
  ],
  [
    'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | delete an endpoint',
    'F',
    'F',
    'F',
    'F',
    'A',
    'N',
    'F',
    'F',
    'F',
  ],
];

/** The rows of docs/permissions.md, read from the document: each must have at least one row in the table above. */
const PERMISSIONS_ROWS = readFileSync(join(process.cwd(), 'docs/permissions.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| resource') && !line.startsWith('| ---'))
  .map((line) => line.split('|')[1]!.trim());

let A: MatrixOrganisation;
let B: MatrixOrganisation;
const actorOf = (column: number): TestMember => [A.p1, A.coachA, A.coachB, A.hr, A.admin, B.admin, B.hr, B.coachA, B.p1][column]!;

/** Nothing of participant 1 of organisation 1 (nor, from outside, of the organisation) in an answer. */
function expectNothingOf(fx: MatrixOrganisation, data: unknown, outsider: boolean): void {
  const text = JSON.stringify(data);
  for (const id of [...ownedIds(fx), fx.p1.membershipId, ...(outsider ? [fx.org.id] : [])]) expect(text).not.toContain(id);
}

interface Case {
  name: string;
  row: string;
  column: number;
  code: Code;
}
const CASES: Case[] = MATRIX.flatMap(([row, ...codes]) =>
  codes.map((code, column) => ({ name: `${row} | ${COLUMNS[column]} -> ${code}`, row, column, code })),
);
const CODES: Record<'N' | 'F' | 'B', string> = { N: 'NOT_FOUND', F: 'FORBIDDEN', B: 'BAD_USER_INPUT' };

async function runCell({ row, column, code }: Case): Promise<void> {
  const op = OPS[row]!;
  const me = actorOf(column);
  const outsider = column >= 5;
  const base = { fx: A, me };
  const ctx: Ctx = { ...base, prep: (await op.prepare?.(base)) ?? {} };
  const vars = op.vars?.(ctx) ?? {};
  try {
    if (outsider && op.token && code !== 'O') {
      // The call names nothing of organisation 1: the outsider first has to get into it, and cannot.
      expect(
        errorCode(await gql(`mutation($id: ID!) { switchOrganisation(organisationId: $id) { accessToken } }`, { id: A.org.id }, me.token)),
      ).toBe(CODES[code as 'N' | 'F' | 'B']);
      expectNothingOf(A, await gql(op.doc, vars, me.token), true);
      return;
    }
    const result = await gql(op.doc, vars, me.token);
    if (code === 'A' || code === 'D' || code === 'O') {
      expect(result.errors).toBeUndefined();
      if (code === 'O') expectNothingOf(A, result.data, outsider);
      if (code !== 'O' || op.checkOwnOnly) await op.check?.(result.data, ctx);
      return;
    }
    expect(errorCode(result)).toBe(CODES[code]);
    expect(result.data).toBeNull();
    await op.unchanged?.(ctx);
    if (code === 'N' && op.target) {
      // Exactly what an id that does not exist gets: same code, same message.
      const missing = await gql(op.doc, { ...vars, [op.target]: randomUUID() }, me.token);
      expect({ code: errorCode(missing), message: missing.errors?.[0]?.message }).toEqual({
        code: 'NOT_FOUND',
        message: result.errors![0]!.message,
      });
    }
  } finally {
    await op.cleanup?.(ctx);
  }
}

describe('permission matrix (docs/permissions.md)', () => {
  beforeAll(async () => {
    [A, B] = await Promise.all([matrixOrganisation('one'), matrixOrganisation('two')]);
  }, 180_000);

  it('covers every row of docs/permissions.md, and has an operation for every row of the table', () => {
    const specRows = new Set(MATRIX.map(([row]) => row.split(' | ')[0]));
    expect([...specRows].sort()).toEqual([...PERMISSIONS_ROWS].sort());
    expect(Object.keys(OPS).sort()).toEqual(MATRIX.map(([row]) => row).sort());
  });

  describe('cells', () => {
    it.each(CASES.filter((c) => c.code !== 'D'))('$name', (cell) => runCell(cell));
  });

  describe('rules under the table', () => {
    it("sharing is per reflection: a share of one session exposes none of the owner's other sessions", async () => {
      expect((await gqlOk(READ_SESSION, { id: A.shared }, A.coachA.token)).reflectionSession.id).toBe(A.shared);
      for (const id of [A.private, A.openPrivate]) expect(errorCode(await readSession(A.coachA.token, id))).toBe('NOT_FOUND');
      const listed = (await gqlOk(CLIENT_SESSIONS, { participant: A.p1.membershipId }, A.coachA.token)).clientSessions.map(
        (s: { id: string }) => s.id,
      );
      expect(sorted(listed)).toEqual(sorted([A.shared, A.openShared]));
    });

    it('revoking a share removes access on the next request', async () => {
      expect((await gqlOk(READ_SESSION, { id: A.openShared }, A.coachA.token)).reflectionSession.id).toBe(A.openShared);
      await gqlOk(REVOKE, { id: A.openShared }, A.p1.token);
      try {
        expect(errorCode(await readSession(A.coachA.token, A.openShared))).toBe('NOT_FOUND');
      } finally {
        await gqlOk(SHARE, { id: A.openShared, coaches: [A.coachA.membershipId] }, A.p1.token);
      }
    });

    it('ending a coaching relationship removes access on the next request (a new reflection starts PRIVATE)', async () => {
      const relationship = (
        await gqlOk(
          `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
          { c: A.coachB.membershipId, p: A.p2.membershipId },
          A.admin.token,
        )
      ).startCoaching.id;
      const session = await openSession(A.p2, A.libraryTemplate);
      expect(errorCode(await readSession(A.coachB.token, session))).toBe('NOT_FOUND');
      await gqlOk(SHARE, { id: session, coaches: [A.coachB.membershipId] }, A.p2.token);
      expect((await gqlOk(READ_SESSION, { id: session }, A.coachB.token)).reflectionSession.id).toBe(session);
      await gqlOk(END_COACHING, { id: relationship }, A.admin.token);
      expect(errorCode(await readSession(A.coachB.token, session))).toBe('NOT_FOUND');
    });
  });

  describe("erasure (last: it consumes participant 1's data)", () => {
    it.each(CASES.filter((c) => c.code === 'D'))('$name', (cell) => runCell(cell));

    it('deleted data never counts: gone for everyone, from every list and from the HR rollups', async () => {
      for (const id of [A.shared, A.private, A.openShared, A.openPrivate]) {
        for (const member of [A.p1, A.coachA, A.admin]) expect(errorCode(await readSession(member.token, id))).toBe('NOT_FOUND');
      }
      expect((await gqlOk(CLIENT_SESSIONS, { participant: A.p1.membershipId }, A.coachA.token)).clientSessions).toEqual([]);
      expect(JSON.parse((await gqlOk(`mutation { exportMyData }`, {}, A.p1.token)).exportMyData)).toMatchObject({
        sessions: [],
        questions: [],
      });
      expect((await remainingRows(A.org.id, A.p1.membershipId, [])).rollups).toBe(0);
    });
  });
});
