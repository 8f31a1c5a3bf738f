// The permission matrix of the product (PERMISSIONS.md), run over HTTP against the real api and worker.
// One table row per resource/action (and variant), one cell per role; every cell becomes a test that
// calls the real GraphQL operation as that role and checks the answer: the data (exactly, against what
// the owner reads), or the error code. The table is meant to be diffed against PERMISSIONS.md.
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { quarterOf } from '#privacy/aggregates';
import { errorCode, gql, gqlOk, type TestMember } from '#testing';
import { matrixOrganisation, ownedIds, type MatrixOrganisation } from './permission-matrix.fixture.js';
import { ACCESS_LOG, ANSWER_TEXT, CLIENT_SESSIONS, DELETE, END_COACHING, FAR_FUTURE, READ_SESSION, REVOKE, SHARE, openSession, ownerQuery, readSession, remainingRows } from './privacy.helpers.js';

jest.setTimeout(120_000);

// A allow (data checked) | N NOT_FOUND (answered exactly like a missing id) | F FORBIDDEN
// O allowed, but on the caller's own data only: nothing of participant 1 (or of organisation 1) in the answer
// D allow, destroys participant 1's data: runs after every other test of this file
type Code = 'A' | 'N' | 'F' | 'O' | 'D';
type Row = [resourceAndAction: string, own: Code, theirCoach: Code, otherCoach: Code, hr: Code, admin: Code, xAdmin: Code, xHr: Code, xCoach: Code, xParticipant: Code];
const COLUMNS = ['own participant', 'their coach', 'other coach', 'HR', 'org admin', 'other org admin', 'other org HR', 'other org coach', 'other org participant'];

// "Their coach" is coach A (active relationship with participant 1); "other coach" is coach B. The other
// organisation's members are its admin, HR, its own coach A and its own participant 1.
// prettier-ignore
const MATRIX: Row[] = [
  //  PERMISSIONS.md row | variant                                                                  own  coach other HR   admin   other organisation: admin HR coach participant
  ['organisation settings: read | organisation',                                                   'A', 'A', 'A', 'A', 'A',     'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | anonymity threshold',            'F', 'F', 'F', 'F', 'A',     'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | coaches may start coaching',     'F', 'F', 'F', 'F', 'A',     'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | invite a member',                'F', 'F', 'F', 'F', 'A',     'F', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | remove a member',                'F', 'F', 'F', 'F', 'A',     'N', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | roles of participant 2',         'F', 'F', 'F', 'F', 'A',     'N', 'F', 'F', 'F'],
  ['organisation settings, members, roles, departments: change | department and team',            'F', 'F', 'F', 'F', 'A',     'N', 'F', 'F', 'F'],
  ['coaching relationship: create / end | create coach A + participant 2 (admins only, default)', 'F', 'F', 'F', 'F', 'A',     'N', 'F', 'F', 'F'],
  ['coaching relationship: create / end | create for self, the organisation lets coaches',        'F', 'A', 'F', 'F', 'A',     'N', 'F', 'F', 'F'],
  // A coach may end their own relationship (it only ever removes access); PERMISSIONS.md names the create half.
  ['coaching relationship: create / end | end coach A + participant 2',                           'F', 'A', 'N', 'F', 'A',     'N', 'F', 'N', 'F'],
  ['template: create | create',                                                                   'A', 'A', 'A', 'F', 'A',     'F', 'F', 'F', 'F'],
  ['template: edit / archive | edit coach A\'s library template (assigned to participant 1)',     'F', 'A', 'F', 'F', 'A',     'N', 'N', 'N', 'N'],
  ['template: edit / archive | archive coach A\'s library template',                              'F', 'A', 'F', 'F', 'A',     'N', 'N', 'N', 'N'],
  // A personal template is its author's alone, like a reflection: admins manage the library, not it.
  ['template: edit / archive | edit participant 1\'s personal template',                          'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['template: edit / archive | archive participant 1\'s personal template',                       'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['template: read | library template assigned to participant 1',                                'A', 'A', 'A', 'A', 'A',     'N', 'N', 'N', 'N'],
  ['template: read | library template not assigned to participant 1',                            'N', 'A', 'A', 'A', 'A',     'N', 'N', 'N', 'N'],
  ['template: read | participant 1\'s personal template',                                         'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['assign template to a participant | to participant 1',                                         'A', 'A', 'N', 'F', 'A',     'N', 'F', 'N', 'F'],
  ['assign template to a participant | to participant 2 (nobody\'s client)',                      'F', 'N', 'N', 'F', 'A',     'N', 'F', 'N', 'F'],
  ['reflection session, turns (PRIVATE) | read',                                                  'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['reflection session, turns (PRIVATE) | write (answer)',                                        'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['reflection session, turns (shared with this coach) | read',                                   'A', 'A', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['reflection session, turns (shared with this coach) | write (answer)',                         'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['reflection session, turns (shared with this coach) | list the client\'s shared sessions',     'N', 'A', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | read the summary',                                      'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | ask questions (Q&A)',                                   'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | read questions and answers',                            'A', 'O', 'O', 'O', 'O',     'O', 'O', 'O', 'O'],
  ['summary, Q&A, action plan (PRIVATE) | satisfaction trend',                                    'A', 'O', 'O', 'O', 'O',     'O', 'O', 'O', 'O'],
  ['summary, Q&A, action plan (PRIVATE) | read the action plan',                                  'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | update an action item',                                 'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, Q&A, action plan (PRIVATE) | comment on an action item',                             'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | read the summary',                            'A', 'A', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | read the action plan',                        'A', 'A', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | comment on an action item',                   'A', 'A', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | update an action item',                       'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['summary, action plan (shared with this coach) | ask questions (Q&A stays the owner\'s)',      'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['share / revoke a reflection | share with their coach',                                        'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['share / revoke a reflection | revoke',                                                        'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['access log of a reflection | shared reflection',                                              'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['access log of a reflection | private reflection (nobody read it)',                            'A', 'N', 'N', 'N', 'N',     'N', 'N', 'N', 'N'],
  ['aggregate themes and satisfaction (suppressed below threshold) | developmentThemes',           'F', 'F', 'F', 'A', 'A',     'F', 'F', 'F', 'F'],
  ['opt out of aggregates | setAggregateConsent',                                                 'A', 'O', 'O', 'O', 'O',     'O', 'O', 'O', 'O'],
  ['export own data / delete own data | export',                                                  'A', 'O', 'O', 'O', 'O',     'O', 'O', 'O', 'O'],
  ['export own data / delete own data | delete',                                                  'D', 'O', 'O', 'O', 'O',     'O', 'O', 'O', 'O'],
  ['usage and job status of the organisation (no content) | model usage (llmUsage)',             'F', 'F', 'F', 'F', 'A',     'F', 'F', 'F', 'F'],
  ['usage and job status of the organisation (no content) | model settings (organisationLlm)',   'F', 'F', 'F', 'F', 'A',     'F', 'F', 'F', 'F'],
];

/** The rows of PERMISSIONS.md, word for word: each must have at least one row in the table above. */
const PERMISSIONS_ROWS = [
  'organisation settings: read', 'organisation settings, members, roles, departments: change', 'coaching relationship: create / end',
  'template: create', 'template: edit / archive', 'template: read', 'assign template to a participant', 'reflection session, turns (PRIVATE)',
  'reflection session, turns (shared with this coach)', 'summary, Q&A, action plan (PRIVATE)', 'summary, action plan (shared with this coach)',
  'share / revoke a reflection', 'access log of a reflection', 'aggregate themes and satisfaction (suppressed below threshold)',
  'opt out of aggregates', 'export own data / delete own data', 'usage and job status of the organisation (no content)',
];

let A: MatrixOrganisation;
let B: MatrixOrganisation;
const actorOf = (column: number): TestMember => [A.p1, A.coachA, A.coachB, A.hr, A.admin, B.admin, B.hr, B.coachA, B.p1][column]!;

interface Ctx {
  fx: MatrixOrganisation;
  me: TestMember;
  prep: Record<string, any>;
}
interface Op {
  doc: string;
  vars?: (ctx: Ctx) => Record<string, unknown>;
  /** No id of organisation 1 in the call: another organisation's members first try to enter organisation 1. */
  token?: true;
  /** The variable naming the target: a denied call must answer exactly like the same call with an unknown id. */
  target?: string;
  prepare?: (ctx: Omit<Ctx, 'prep'>) => Promise<Record<string, any>>;
  check?: (data: any, ctx: Ctx) => void | Promise<void>;
  cleanup?: (ctx: Ctx) => Promise<void>;
}

const TEMPLATE_INPUT = { title: 'Matrix check-in', primaryQuestion: 'How satisfied are you with where your career is heading?' };
const sorted = (ids: string[]) => [...ids].sort();
const endPair = (fx: MatrixOrganisation, participant: TestMember) =>
  ownerQuery(`UPDATE coaching_relationships SET ended_at = now() WHERE organisation_id = $1 AND coach_membership_id = $2 AND participant_membership_id = $3 AND ended_at IS NULL`,
    [fx.org.id, fx.coachA.membershipId, participant.membershipId]);
const assign = (who: (fx: MatrixOrganisation) => TestMember): Op => ({
  doc: `mutation($input: AssignInput!) { assignTemplate(input: $input) { participant { id } template { id } } }`,
  vars: ({ fx }) => ({ input: { templateId: fx.assignedTemplate, participantMembershipIds: [who(fx).membershipId], cadence: 'ONCE', startsAt: FAR_FUTURE } }),
  check: (d, { fx }) => expect(d.assignTemplate).toEqual([{ participant: { id: who(fx).membershipId }, template: { id: fx.assignedTemplate } }]),
});
const readPart = (session: (fx: MatrixOrganisation) => string, fields: string, expected: (fx: MatrixOrganisation) => unknown): Op => ({
  doc: `query($id: ID!) { reflectionSession(id: $id) { id ${fields} } }`, target: 'id',
  vars: ({ fx }) => ({ id: session(fx) }),
  check: (d, { fx }) => expect(d.reflectionSession).toEqual({ id: session(fx), ...(expected(fx) as object) }),
});
const view = (fx: MatrixOrganisation, id: string) => fx.views[id]!;
const turnsOf = (id: (fx: MatrixOrganisation) => string) => readPart(id, 'turns { id }', (fx) => ({ turns: view(fx, id(fx)).turnIds.map((t) => ({ id: t })) }));
const summaryOf = (id: (fx: MatrixOrganisation) => string) => readPart(id, 'summary { overview }', (fx) => ({ summary: { overview: view(fx, id(fx)).overview } }));
const planOf = (id: (fx: MatrixOrganisation) => string) =>
  readPart(id, 'actionPlan { id items { id } }', (fx) => ({ actionPlan: { id: view(fx, id(fx)).planId, items: view(fx, id(fx)).itemIds.map((i) => ({ id: i })) } }));
const answer = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { role content } } }`, target: 'id',
  vars: ({ fx }) => ({ id: id(fx), c: 'Another thought for the record.' }),
  check: (d) => expect(d.answerReflection.answer).toEqual({ role: 'PARTICIPANT', content: 'Another thought for the record.' }),
});
const updateItem = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($id: ID!) { updateActionItem(id: $id, progress: 10) { id progress } }`, target: 'id',
  vars: ({ fx }) => ({ id: view(fx, id(fx)).itemIds[0] }),
  check: (d, { fx }) => expect(d.updateActionItem).toEqual({ id: view(fx, id(fx)).itemIds[0], progress: 10 }),
});
const comment = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($id: ID!) { commentOnActionItem(id: $id, body: "Noted.") { body author { id } } }`, target: 'id',
  vars: ({ fx }) => ({ id: view(fx, id(fx)).itemIds[0] }),
  check: (d, { me }) => expect(d.commentOnActionItem).toEqual({ body: 'Noted.', author: { id: me.membershipId } }),
});
const ask = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($ids: [ID!]) { askReflections(question: "What do I want next?", sessionIds: $ids) { answer citations { sessionId } } }`,
  vars: ({ fx }) => ({ ids: [id(fx)] }),
  check: (d, { fx }) => {
    expect(d.askReflections.answer.length).toBeGreaterThan(0);
    for (const citation of d.askReflections.citations) expect(citation.sessionId).toBe(id(fx));
  },
});
const consistentRows = async (fx: MatrixOrganisation) => {
  const { rollups: _async, ...rows } = await remainingRows(fx.org.id, fx.p1.membershipId, [fx.shared, fx.private, fx.openShared, fx.openPrivate]);
  return rows;
};

const OPS: Record<string, Op> = {
  'organisation settings: read | organisation': {
    doc: `{ organisation { id anonymityThreshold } }`, token: true,
    check: (d, { fx }) => expect(d.organisation).toEqual({ id: fx.org.id, anonymityThreshold: 5 }),
  },
  'organisation settings, members, roles, departments: change | anonymity threshold': {
    doc: `mutation { setAnonymityThreshold(threshold: 5) { id anonymityThreshold } }`, token: true,
    check: (d, { fx }) => expect(d.setAnonymityThreshold).toEqual({ id: fx.org.id, anonymityThreshold: 5 }),
  },
  'organisation settings, members, roles, departments: change | coaches may start coaching': {
    doc: `mutation { updateOrganisationSettings(coachesMayInviteClients: false) { id coachesMayInviteClients } }`, token: true,
    check: (d, { fx }) => expect(d.updateOrganisationSettings).toEqual({ id: fx.org.id, coachesMayInviteClients: false }),
  },
  'organisation settings, members, roles, departments: change | invite a member': {
    doc: `mutation($email: String!) { inviteMember(input: { email: $email, roles: [PARTICIPANT] }) { email roles } }`, token: true,
    vars: ({ prep }) => ({ email: prep.email }),
    prepare: async () => ({ email: `invitee-${randomUUID().slice(0, 8)}@example.test` }),
    check: (d, { prep }) => expect(d.inviteMember).toEqual({ email: prep.email, roles: ['PARTICIPANT'] }),
  },
  'organisation settings, members, roles, departments: change | remove a member': {
    doc: `mutation($id: ID!) { removeMember(membershipId: $id) { id } }`, target: 'id',
    vars: ({ prep }) => ({ id: prep.member.membershipId }),
    prepare: async ({ fx }) => ({ member: await fx.org.addMember(['PARTICIPANT']) }),
    check: (d, { prep }) => expect(d.removeMember).toEqual({ id: prep.member.membershipId }),
  },
  'organisation settings, members, roles, departments: change | roles of participant 2': {
    doc: `mutation($id: ID!) { updateMember(membershipId: $id, input: { roles: [PARTICIPANT] }) { id roles } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.p2.membershipId }),
    check: (d, { fx }) => expect(d.updateMember).toEqual({ id: fx.p2.membershipId, roles: ['PARTICIPANT'] }),
  },
  'organisation settings, members, roles, departments: change | department and team': {
    doc: `mutation($id: ID!) { updateMember(membershipId: $id, input: { department: "Finance", team: "Payroll" }) { id department team } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.p2.membershipId }),
    check: (d, { fx }) => expect(d.updateMember).toEqual({ id: fx.p2.membershipId, department: 'Finance', team: 'Payroll' }),
  },
  'coaching relationship: create / end | create coach A + participant 2 (admins only, default)': {
    doc: `mutation($coach: ID!, $participant: ID!) { startCoaching(coachMembershipId: $coach, participantMembershipId: $participant) { active coach { id } participant { id } } }`,
    vars: ({ fx }) => ({ coach: fx.coachA.membershipId, participant: fx.p2.membershipId }),
    prepare: async ({ fx }) => (await endPair(fx, fx.p2), {}),
    check: (d, { fx }) => expect(d.startCoaching).toEqual({ active: true, coach: { id: fx.coachA.membershipId }, participant: { id: fx.p2.membershipId } }),
    cleanup: async ({ fx }) => void (await endPair(fx, fx.p2)),
  },
  'coaching relationship: create / end | create for self, the organisation lets coaches': {
    doc: `mutation($coach: ID!, $participant: ID!) { startCoaching(coachMembershipId: $coach, participantMembershipId: $participant) { active coach { id } participant { id } } }`,
    vars: ({ fx }) => ({ coach: fx.coachA.membershipId, participant: fx.p2.membershipId }),
    prepare: async ({ fx }) => {
      await endPair(fx, fx.p2);
      await gqlOk(`mutation { updateOrganisationSettings(coachesMayInviteClients: true) { id } }`, {}, fx.admin.token);
      return {};
    },
    check: (d, { fx }) => expect(d.startCoaching).toEqual({ active: true, coach: { id: fx.coachA.membershipId }, participant: { id: fx.p2.membershipId } }),
    cleanup: async ({ fx }) => {
      await gqlOk(`mutation { updateOrganisationSettings(coachesMayInviteClients: false) { id } }`, {}, fx.admin.token);
      await endPair(fx, fx.p2);
    },
  },
  'coaching relationship: create / end | end coach A + participant 2': {
    doc: END_COACHING, target: 'id',
    vars: ({ prep }) => ({ id: prep.relationshipId }),
    prepare: async ({ fx }) => {
      await endPair(fx, fx.p2);
      const [row] = await ownerQuery(`INSERT INTO coaching_relationships (organisation_id, coach_membership_id, participant_membership_id) VALUES ($1, $2, $3) RETURNING id`,
        [fx.org.id, fx.coachA.membershipId, fx.p2.membershipId]);
      return { relationshipId: row.id };
    },
    check: (d, { prep }) => expect(d.endCoaching).toEqual({ id: prep.relationshipId, active: false }),
    cleanup: async ({ fx }) => void (await endPair(fx, fx.p2)),
  },
  'template: create | create': {
    doc: `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { title personal owner { id } } }`, token: true,
    vars: () => ({ input: TEMPLATE_INPUT }),
    check: (d, { fx, me }) => expect(d.createReflectionTemplate).toEqual({ ...TEMPLATE_INPUT, personal: me === fx.p1, owner: { id: me.membershipId } }),
  },
  "template: edit / archive | edit coach A's library template (assigned to participant 1)": {
    doc: `mutation($id: ID!, $input: TemplateInput!) { updateReflectionTemplate(id: $id, input: $input) { id title } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.assignedTemplate, input: TEMPLATE_INPUT }),
    check: (d, { fx }) => expect(d.updateReflectionTemplate).toEqual({ id: fx.assignedTemplate, title: TEMPLATE_INPUT.title }),
  },
  "template: edit / archive | archive coach A's library template": {
    doc: `mutation($id: ID!) { archiveReflectionTemplate(id: $id) { id archived } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.assignedTemplate }),
    check: (d, { fx }) => expect(d.archiveReflectionTemplate).toEqual({ id: fx.assignedTemplate, archived: true }),
    cleanup: async ({ fx }) => void (await gqlOk(`mutation($id: ID!) { unarchiveReflectionTemplate(id: $id) { id } }`, { id: fx.assignedTemplate }, fx.coachA.token)),
  },
  "template: edit / archive | edit participant 1's personal template": {
    doc: `mutation($id: ID!, $input: TemplateInput!) { updateReflectionTemplate(id: $id, input: $input) { id personal } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.personalTemplate, input: TEMPLATE_INPUT }),
    check: (d, { fx }) => expect(d.updateReflectionTemplate).toEqual({ id: fx.personalTemplate, personal: true }),
  },
  "template: edit / archive | archive participant 1's personal template": {
    doc: `mutation($id: ID!) { archiveReflectionTemplate(id: $id) { id archived } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.personalTemplate }),
    check: (d, { fx }) => expect(d.archiveReflectionTemplate).toEqual({ id: fx.personalTemplate, archived: true }),
    cleanup: async ({ fx }) => void (await gqlOk(`mutation($id: ID!) { unarchiveReflectionTemplate(id: $id) { id } }`, { id: fx.personalTemplate }, fx.p1.token)),
  },
  'template: read | library template assigned to participant 1': {
    doc: `query($id: ID!) { reflectionTemplate(id: $id) { id } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.assignedTemplate }),
    check: (d, { fx }) => expect(d.reflectionTemplate).toEqual({ id: fx.assignedTemplate }),
  },
  'template: read | library template not assigned to participant 1': {
    doc: `query($id: ID!) { reflectionTemplate(id: $id) { id } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.libraryTemplate }),
    check: (d, { fx }) => expect(d.reflectionTemplate).toEqual({ id: fx.libraryTemplate }),
  },
  "template: read | participant 1's personal template": {
    doc: `query($id: ID!) { reflectionTemplate(id: $id) { id } }`, target: 'id',
    vars: ({ fx }) => ({ id: fx.personalTemplate }),
    check: (d, { fx }) => expect(d.reflectionTemplate).toEqual({ id: fx.personalTemplate }),
  },
  'assign template to a participant | to participant 1': assign((fx) => fx.p1),
  "assign template to a participant | to participant 2 (nobody's client)": assign((fx) => fx.p2),
  'reflection session, turns (PRIVATE) | read': turnsOf((fx) => fx.private),
  'reflection session, turns (PRIVATE) | write (answer)': answer((fx) => fx.openPrivate),
  'reflection session, turns (shared with this coach) | read': turnsOf((fx) => fx.shared),
  'reflection session, turns (shared with this coach) | write (answer)': answer((fx) => fx.openShared),
  "reflection session, turns (shared with this coach) | list the client's shared sessions": {
    doc: CLIENT_SESSIONS, target: 'participant',
    vars: ({ fx }) => ({ participant: fx.p1.membershipId }),
    check: (d, { fx, me }) => {
      expect(sorted(d.clientSessions.map((s: { id: string }) => s.id))).toEqual(sorted([fx.shared, fx.openShared]));
      for (const session of d.clientSessions) expect(session).toMatchObject({ visibility: 'SHARED_WITH_COACHES', sharedWith: [{ id: me.membershipId }] });
    },
  },
  'summary, Q&A, action plan (PRIVATE) | read the summary': summaryOf((fx) => fx.private),
  'summary, Q&A, action plan (PRIVATE) | ask questions (Q&A)': ask((fx) => fx.private),
  'summary, Q&A, action plan (PRIVATE) | read questions and answers': {
    doc: `{ myInsightQuestions { id sessionIds } }`, token: true,
    check: (d, { fx }) => expect(d.myInsightQuestions).toContainEqual({ id: fx.questionId, sessionIds: [fx.private] }),
  },
  'summary, Q&A, action plan (PRIVATE) | satisfaction trend': {
    doc: `{ satisfactionTrend { sessionId } }`, token: true,
    check: (d, { fx }) => expect(sorted(d.satisfactionTrend.map((p: { sessionId: string }) => p.sessionId))).toEqual(sorted([fx.shared, fx.private])),
  },
  'summary, Q&A, action plan (PRIVATE) | read the action plan': planOf((fx) => fx.private),
  'summary, Q&A, action plan (PRIVATE) | update an action item': updateItem((fx) => fx.private),
  'summary, Q&A, action plan (PRIVATE) | comment on an action item': comment((fx) => fx.private),
  'summary, action plan (shared with this coach) | read the summary': summaryOf((fx) => fx.shared),
  'summary, action plan (shared with this coach) | read the action plan': planOf((fx) => fx.shared),
  'summary, action plan (shared with this coach) | comment on an action item': comment((fx) => fx.shared),
  'summary, action plan (shared with this coach) | update an action item': updateItem((fx) => fx.shared),
  "summary, action plan (shared with this coach) | ask questions (Q&A stays the owner's)": ask((fx) => fx.shared),
  'share / revoke a reflection | share with their coach': {
    doc: SHARE, target: 'id',
    vars: ({ fx }) => ({ id: fx.openPrivate, coaches: [fx.coachA.membershipId] }),
    check: (d, { fx }) => expect(d.shareReflection).toEqual({ id: fx.openPrivate, visibility: 'SHARED_WITH_COACHES', sharedWith: [{ id: fx.coachA.membershipId }] }),
    cleanup: async ({ fx }) => void (await gqlOk(REVOKE, { id: fx.openPrivate }, fx.p1.token)),
  },
  'share / revoke a reflection | revoke': {
    doc: REVOKE, target: 'id',
    vars: ({ fx }) => ({ id: fx.openShared, coaches: [fx.coachA.membershipId] }),
    check: (d, { fx }) => expect(d.revokeReflectionShare).toEqual({ id: fx.openShared, visibility: 'PRIVATE', sharedWith: [] }),
    cleanup: async ({ fx }) => void (await gqlOk(SHARE, { id: fx.openShared, coaches: [fx.coachA.membershipId] }, fx.p1.token)),
  },
  'access log of a reflection | shared reflection': {
    doc: ACCESS_LOG, target: 'id',
    vars: ({ fx }) => ({ id: fx.shared }),
    check: (d, { fx }) => {
      expect(d.accessLog.length).toBeGreaterThan(0);
      for (const entry of d.accessLog) expect(entry).toMatchObject({ sessionId: fx.shared, reader: { id: fx.coachA.membershipId } });
    },
  },
  'access log of a reflection | private reflection (nobody read it)': {
    doc: ACCESS_LOG, target: 'id',
    vars: ({ fx }) => ({ id: fx.private }),
    check: (d) => expect(d.accessLog).toEqual([]),
  },
  'aggregate themes and satisfaction (suppressed below threshold) | developmentThemes': {
    doc: `query($period: String!) { developmentThemes(period: $period) { period threshold groups { group participants averageSatisfaction suppressed } } }`, token: true,
    vars: () => ({ period: quarterOf(new Date()) }),
    // One participant with summaries, below the threshold of 5: the organisation cell is suppressed.
    check: (d) => expect(d.developmentThemes).toEqual({
      period: quarterOf(new Date()), threshold: 5, groups: [{ group: 'organisation', participants: null, averageSatisfaction: null, suppressed: true }],
    }),
  },
  'opt out of aggregates | setAggregateConsent': {
    doc: `mutation { setAggregateConsent(include: false) { id aggregateConsent } }`, token: true,
    check: (d, { me }) => expect(d.setAggregateConsent).toEqual({ id: me.membershipId, aggregateConsent: false }),
    cleanup: async ({ me }) => void (await gqlOk(`mutation { setAggregateConsent(include: true) { id } }`, {}, me.token)),
  },
  'export own data / delete own data | export': {
    doc: `mutation { exportMyData }`, token: true,
    check: (d, { fx }) => {
      const document = JSON.parse(d.exportMyData);
      expect(document.member.membershipId).toBe(fx.p1.membershipId);
      expect(sorted(document.sessions.map((s: { id: string }) => s.id))).toEqual(sorted([fx.shared, fx.private, fx.openShared, fx.openPrivate]));
    },
  },
  'export own data / delete own data | delete': {
    doc: DELETE, token: true,
    prepare: async ({ fx }) => ({ before: await consistentRows(fx) }),
    check: async (d, { fx, me, prep }) => {
      if (me !== fx.p1) return expect(await consistentRows(fx)).toEqual(prep.before);
      const items = Object.values(fx.views).reduce((n, v) => n + v.itemIds.length, 0);
      expect(d.deleteMyData).toMatchObject({ sessions: 4, turns: prep.before.turns, summaries: 2, actionPlans: 2, actionItems: items, questions: prep.before.questions });
      expect(await consistentRows(fx)).toEqual({ sessions: 0, turns: 0, summaries: 0, plans: 0, items: 0, questions: 0, reads: 0, shares: 0 });
    },
  },
  'usage and job status of the organisation (no content) | model usage (llmUsage)': {
    doc: `{ llmUsage { calls lines { provider model task outcome calls } } }`, token: true,
    prepare: async ({ fx }) => ({ before: (await ownerQuery(`SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1`, [fx.org.id]))[0].n }),
    check: async (d, { fx, prep }) => {
      const [after] = await ownerQuery(`SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1`, [fx.org.id]);
      expect(d.llmUsage.calls).toBeGreaterThanOrEqual(Math.max(1, prep.before));
      expect(d.llmUsage.calls).toBeLessThanOrEqual(after.n);
      expect(JSON.stringify(d)).not.toContain(ANSWER_TEXT.slice(0, 30));
    },
  },
  'usage and job status of the organisation (no content) | model settings (organisationLlm)': {
    doc: `{ organisationLlm { provider overridden } }`, token: true,
    check: (d) => expect(d.organisationLlm).toEqual({ provider: 'embedded', overridden: false }),
  },
};

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
const CODES: Record<'N' | 'F', string> = { N: 'NOT_FOUND', F: 'FORBIDDEN' };

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
      expect(errorCode(await gql(`mutation($id: ID!) { switchOrganisation(organisationId: $id) { accessToken } }`, { id: A.org.id }, me.token))).toBe(CODES[code as 'F']);
      expectNothingOf(A, await gql(op.doc, vars, me.token), true);
      return;
    }
    const result = await gql(op.doc, vars, me.token);
    if (code === 'A' || code === 'D' || code === 'O') {
      expect(result.errors).toBeUndefined();
      if (code === 'O') expectNothingOf(A, result.data, outsider);
      if (code !== 'O' || row.endsWith('| delete') || row.endsWith('| setAggregateConsent')) await op.check?.(result.data, ctx);
      return;
    }
    expect(errorCode(result)).toBe(CODES[code]);
    expect(result.data).toBeNull();
    if (code === 'N' && op.target) {
      // Exactly what an id that does not exist gets: same code, same message.
      const missing = await gql(op.doc, { ...vars, [op.target]: randomUUID() }, me.token);
      expect({ code: errorCode(missing), message: missing.errors?.[0]?.message }).toEqual({ code: 'NOT_FOUND', message: result.errors![0]!.message });
    }
  } finally {
    await op.cleanup?.(ctx);
  }
}

describe('permission matrix (PERMISSIONS.md)', () => {
  beforeAll(async () => {
    [A, B] = await Promise.all([matrixOrganisation('one'), matrixOrganisation('two')]);
  }, 180_000);

  it('covers every row of PERMISSIONS.md, and has an operation for every row of the table', () => {
    const specRows = new Set(MATRIX.map(([row]) => row.split(' | ')[0]));
    expect([...specRows].sort()).toEqual([...PERMISSIONS_ROWS].sort());
    expect(Object.keys(OPS).sort()).toEqual(MATRIX.map(([row]) => row).sort());
  });

  describe('cells', () => {
    it.each(CASES.filter((c) => c.code !== 'D'))('$name', (cell) => runCell(cell));
  });

  describe('rules under the table', () => {
    it('sharing is per reflection: the coach reads the shared one and gets NOT_FOUND for the private one in the same request', async () => {
      const both = await gql(`query($a: ID!, $b: ID!) { a: reflectionSession(id: $a) { id } b: reflectionSession(id: $b) { id } }`, { a: A.shared, b: A.private }, A.coachA.token);
      expect(both.data).toEqual({ a: { id: A.shared }, b: null });
      expect(both.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], 'NOT_FOUND']]);
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
      const relationship = (await gqlOk(`mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
        { c: A.coachB.membershipId, p: A.p2.membershipId }, A.admin.token)).startCoaching.id;
      const session = await openSession(A.p2, A.libraryTemplate);
      expect(errorCode(await readSession(A.coachB.token, session))).toBe('NOT_FOUND');
      await gqlOk(SHARE, { id: session, coaches: [A.coachB.membershipId] }, A.p2.token);
      expect((await gqlOk(READ_SESSION, { id: session }, A.coachB.token)).reflectionSession.id).toBe(session);
      await gqlOk(END_COACHING, { id: relationship }, A.admin.token);
      expect(errorCode(await readSession(A.coachB.token, session))).toBe('NOT_FOUND');
    });
  });

  describe('erasure (last: it consumes participant 1\'s data)', () => {
    it.each(CASES.filter((c) => c.code === 'D'))('$name', (cell) => runCell(cell));

    it('deleted data never counts: gone for everyone, from every list and from the HR rollups', async () => {
      for (const id of [A.shared, A.private, A.openShared, A.openPrivate]) {
        for (const member of [A.p1, A.coachA, A.admin]) expect(errorCode(await readSession(member.token, id))).toBe('NOT_FOUND');
      }
      expect((await gqlOk(CLIENT_SESSIONS, { participant: A.p1.membershipId }, A.coachA.token)).clientSessions).toEqual([]);
      expect(JSON.parse((await gqlOk(`mutation { exportMyData }`, {}, A.p1.token)).exportMyData)).toMatchObject({ sessions: [], questions: [] });
      expect((await remainingRows(A.org.id, A.p1.membershipId, [])).rollups).toBe(0);
      // The other organisation's participant 1 keeps everything.
      expect((await gqlOk(READ_SESSION, { id: B.shared }, B.p1.token)).reflectionSession.summary.overview).toBe(B.views[B.shared]!.overview);
    });
  });
});
