// The GraphQL operation behind each row of the permission matrix (test/permission-matrix.e2e-spec.ts),
// with what an allowed call must return, exactly, and how a call that changed something is undone.

import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { quarterOf } from '#analytics/periods';
import { eventually, gqlOk, type TestMember } from '#testing';
import type { MatrixOrganisation } from './permission-matrix.fixture.js';
import {
  ACCESS_LOG,
  ANSWER_TEXT,
  CLIENT_SESSIONS,
  DELETE,
  END_COACHING,
  FAR_FUTURE,
  ownerQuery,
  REVOKE,
  remainingRows,
  SHARE,
} from './privacy.helpers.js';

export interface Ctx {
  fx: MatrixOrganisation;
  me: TestMember;
  prep: Record<string, any>;
}
export interface Op {
  doc: string;
  vars?: (ctx: Ctx) => Record<string, unknown>;
  /** No id of organisation 1 in the call: another organisation's members first try to enter organisation 1. */
  token?: true;
  /** The variable naming the target: a denied call must answer exactly like the same call with an unknown id. */
  target?: string;
  prepare?: (ctx: Omit<Ctx, 'prep'>) => Promise<Record<string, any>>;
  check?: (data: any, ctx: Ctx) => void | Promise<void>;
  /** What must still hold after a refused call (nothing written). */
  unchanged?: (ctx: Ctx) => Promise<void>;
  /** Run `check` on 'O' cells too (the call acts on the caller's own data; check says what must hold). */
  checkOwnOnly?: true;
  cleanup?: (ctx: Ctx) => Promise<void>;
}

const TEMPLATE_INPUT = { title: 'Matrix check-in', primaryQuestion: 'How satisfied are you with where your career is heading?' };
export const sorted = (ids: string[]) => [...ids].sort();
const endPair = (fx: MatrixOrganisation, participant: TestMember) =>
  ownerQuery(
    `UPDATE coaching_relationships SET ended_at = now() WHERE organisation_id = $1 AND coach_membership_id = $2 AND participant_membership_id = $3 AND ended_at IS NULL`,
    [fx.org.id, fx.coachA.membershipId, participant.membershipId],
  );
const assign = (who: (fx: MatrixOrganisation) => TestMember): Op => ({
  doc: `mutation($input: AssignInput!) { assignTemplate(input: $input) { participant { id } template { id } } }`,
  vars: ({ fx }) => ({
    input: { templateId: fx.assignedTemplate, participantMembershipIds: [who(fx).membershipId], cadence: 'ONCE', startsAt: FAR_FUTURE },
  }),
  check: (d, { fx }) =>
    expect(d.assignTemplate).toEqual([{ participant: { id: who(fx).membershipId }, template: { id: fx.assignedTemplate } }]),
});
const readPart = (session: (fx: MatrixOrganisation) => string, fields: string, expected: (fx: MatrixOrganisation) => unknown): Op => ({
  doc: `query($id: ID!) { reflectionSession(id: $id) { id ${fields} } }`,
  target: 'id',
  vars: ({ fx }) => ({ id: session(fx) }),
  check: (d, { fx }) => expect(d.reflectionSession).toEqual({ id: session(fx), ...(expected(fx) as object) }),
});
const view = (fx: MatrixOrganisation, id: string) => fx.views[id]!;
const turnsOf = (id: (fx: MatrixOrganisation) => string) =>
  readPart(id, 'turns { id }', (fx) => ({ turns: view(fx, id(fx)).turnIds.map((t) => ({ id: t })) }));
const summaryOf = (id: (fx: MatrixOrganisation) => string) =>
  readPart(id, 'summary { overview }', (fx) => ({ summary: { overview: view(fx, id(fx)).overview } }));
const planOf = (id: (fx: MatrixOrganisation) => string) =>
  readPart(id, 'actionPlan { id items { id } }', (fx) => ({
    actionPlan: { id: view(fx, id(fx)).planId, items: view(fx, id(fx)).itemIds.map((i) => ({ id: i })) },
  }));
const answer = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { role content } } }`,
  target: 'id',
  vars: ({ fx }) => ({ id: id(fx), c: 'Another thought for the record.' }),
  check: (d) => expect(d.answerReflection.answer).toEqual({ role: 'PARTICIPANT', content: 'Another thought for the record.' }),
});
/** An endpoint of organisation 1, registered by its admin (port 9: nothing listens there). */
async function matrixEndpoint(fx: MatrixOrganisation): Promise<{ id: string; url: string }> {
  const url = `http://127.0.0.1:9/matrix-${randomUUID().slice(0, 8)}`;
  const created = await gqlOk(
    `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [SESSION_EXPIRED] }) { endpoint { id } } }`,
    { url },
    fx.admin.token,
  );
  return { id: created.createWebhookEndpoint.endpoint.id, url };
}
const updateItem = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($id: ID!) { updateActionItem(id: $id, progress: 10) { id progress } }`,
  target: 'id',
  vars: ({ fx }) => ({ id: view(fx, id(fx)).itemIds[0] }),
  check: (d, { fx }) => expect(d.updateActionItem).toEqual({ id: view(fx, id(fx)).itemIds[0], progress: 10 }),
});
const comment = (id: (fx: MatrixOrganisation) => string): Op => ({
  doc: `mutation($id: ID!) { commentOnActionItem(id: $id, body: "Noted.") { body author { id } } }`,
  target: 'id',
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
  const { rollups: _async, ...rows } = await remainingRows(fx.org.id, fx.p1.membershipId, [
    fx.shared,
    fx.private,
    fx.openShared,
    fx.openPrivate,
  ]);
  return rows;
};

/** Keyed by the table's rows, word for word. */
export const OPS: Record<string, Op> = {
  'organisation settings: read | organisation': {
    doc: `{ organisation { id anonymityThreshold } }`,
    token: true,
    check: (d, { fx }) => expect(d.organisation).toEqual({ id: fx.org.id, anonymityThreshold: 5 }),
  },
  'organisation settings, members, roles, departments: change | anonymity threshold': {
    doc: `mutation { setAnonymityThreshold(threshold: 5) { id anonymityThreshold } }`,
    token: true,
    check: (d, { fx }) => expect(d.setAnonymityThreshold).toEqual({ id: fx.org.id, anonymityThreshold: 5 }),
  },
  'organisation settings, members, roles, departments: change | coaches may start coaching': {
    doc: `mutation { updateOrganisationSettings(coachesMayInviteClients: false) { id coachesMayInviteClients } }`,
    token: true,
    check: (d, { fx }) => expect(d.updateOrganisationSettings).toEqual({ id: fx.org.id, coachesMayInviteClients: false }),
  },
  'organisation settings, members, roles, departments: change | invite a member': {
    doc: `mutation($email: String!) { inviteMember(input: { email: $email, roles: [PARTICIPANT] }) { email roles } }`,
    token: true,
    vars: ({ prep }) => ({ email: prep.email }),
    prepare: async () => ({ email: `invitee-${randomUUID().slice(0, 8)}@example.test` }),
    check: (d, { prep }) => expect(d.inviteMember).toEqual({ email: prep.email, roles: ['PARTICIPANT'] }),
  },
  'organisation settings, members, roles, departments: change | remove a member': {
    doc: `mutation($id: ID!) { removeMember(membershipId: $id) { id } }`,
    target: 'id',
    vars: ({ prep }) => ({ id: prep.member.membershipId }),
    prepare: async ({ fx }) => ({ member: await fx.org.addMember(['PARTICIPANT']) }),
    check: (d, { prep }) => expect(d.removeMember).toEqual({ id: prep.member.membershipId }),
  },
  'organisation settings, members, roles, departments: change | roles of participant 2': {
    doc: `mutation($id: ID!) { updateMember(membershipId: $id, input: { roles: [PARTICIPANT] }) { id roles } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.p2.membershipId }),
    check: (d, { fx }) => expect(d.updateMember).toEqual({ id: fx.p2.membershipId, roles: ['PARTICIPANT'] }),
  },
  'organisation settings, members, roles, departments: change | department and team': {
    doc: `mutation($id: ID!) { updateMember(membershipId: $id, input: { department: "Finance", team: "Payroll" }) { id department team } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.p2.membershipId }),
    check: (d, { fx }) => expect(d.updateMember).toEqual({ id: fx.p2.membershipId, department: 'Finance', team: 'Payroll' }),
  },
  'coaching relationship: create / end | create coach A + participant 2 (admins only, default)': {
    doc: `mutation($coach: ID!, $participant: ID!) { startCoaching(coachMembershipId: $coach, participantMembershipId: $participant) { active coach { id } participant { id } } }`,
    vars: ({ fx }) => ({ coach: fx.coachA.membershipId, participant: fx.p2.membershipId }),
    prepare: async ({ fx }) => {
      await endPair(fx, fx.p2);
      return {};
    },
    check: (d, { fx }) =>
      expect(d.startCoaching).toEqual({ active: true, coach: { id: fx.coachA.membershipId }, participant: { id: fx.p2.membershipId } }),
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
    check: (d, { fx }) =>
      expect(d.startCoaching).toEqual({ active: true, coach: { id: fx.coachA.membershipId }, participant: { id: fx.p2.membershipId } }),
    cleanup: async ({ fx }) => {
      await gqlOk(`mutation { updateOrganisationSettings(coachesMayInviteClients: false) { id } }`, {}, fx.admin.token);
      await endPair(fx, fx.p2);
    },
  },
  'coaching relationship: create / end | end coach A + participant 2': {
    doc: END_COACHING,
    target: 'id',
    vars: ({ prep }) => ({ id: prep.relationshipId }),
    prepare: async ({ fx }) => {
      await endPair(fx, fx.p2);
      const [row] = await ownerQuery(
        `INSERT INTO coaching_relationships (organisation_id, coach_membership_id, participant_membership_id) VALUES ($1, $2, $3) RETURNING id`,
        [fx.org.id, fx.coachA.membershipId, fx.p2.membershipId],
      );
      return { relationshipId: row.id };
    },
    check: (d, { prep }) => expect(d.endCoaching).toEqual({ id: prep.relationshipId, active: false }),
    cleanup: async ({ fx }) => void (await endPair(fx, fx.p2)),
  },
  'template: create | create': {
    doc: `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { title personal owner { id } } }`,
    token: true,
    vars: () => ({ input: TEMPLATE_INPUT }),
    check: (d, { fx, me }) =>
      expect(d.createReflectionTemplate).toEqual({ title: TEMPLATE_INPUT.title, personal: me === fx.p1, owner: { id: me.membershipId } }),
  },
  "template: edit / archive | edit coach A's library template (assigned to participant 1)": {
    doc: `mutation($id: ID!, $input: TemplateInput!) { updateReflectionTemplate(id: $id, input: $input) { id title } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.assignedTemplate, input: TEMPLATE_INPUT }),
    check: (d, { fx }) => expect(d.updateReflectionTemplate).toEqual({ id: fx.assignedTemplate, title: TEMPLATE_INPUT.title }),
  },
  "template: edit / archive | archive coach A's library template": {
    doc: `mutation($id: ID!) { archiveReflectionTemplate(id: $id) { id archived } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.assignedTemplate }),
    check: (d, { fx }) => expect(d.archiveReflectionTemplate).toEqual({ id: fx.assignedTemplate, archived: true }),
    cleanup: async ({ fx }) =>
      void (await gqlOk(
        `mutation($id: ID!) { unarchiveReflectionTemplate(id: $id) { id } }`,
        { id: fx.assignedTemplate },
        fx.coachA.token,
      )),
  },
  "template: edit / archive | edit participant 1's personal template": {
    doc: `mutation($id: ID!, $input: TemplateInput!) { updateReflectionTemplate(id: $id, input: $input) { id personal } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.personalTemplate, input: TEMPLATE_INPUT }),
    check: (d, { fx }) => expect(d.updateReflectionTemplate).toEqual({ id: fx.personalTemplate, personal: true }),
  },
  "template: edit / archive | archive participant 1's personal template": {
    doc: `mutation($id: ID!) { archiveReflectionTemplate(id: $id) { id archived } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.personalTemplate }),
    check: (d, { fx }) => expect(d.archiveReflectionTemplate).toEqual({ id: fx.personalTemplate, archived: true }),
    cleanup: async ({ fx }) =>
      void (await gqlOk(`mutation($id: ID!) { unarchiveReflectionTemplate(id: $id) { id } }`, { id: fx.personalTemplate }, fx.p1.token)),
  },
  'template: read | library template assigned to participant 1': {
    doc: `query($id: ID!) { reflectionTemplate(id: $id) { id } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.assignedTemplate }),
    check: (d, { fx }) => expect(d.reflectionTemplate).toEqual({ id: fx.assignedTemplate }),
  },
  'template: read | library template not assigned to participant 1': {
    doc: `query($id: ID!) { reflectionTemplate(id: $id) { id } }`,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.libraryTemplate }),
    check: (d, { fx }) => expect(d.reflectionTemplate).toEqual({ id: fx.libraryTemplate }),
  },
  "template: read | participant 1's personal template": {
    doc: `query($id: ID!) { reflectionTemplate(id: $id) { id } }`,
    target: 'id',
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
    doc: CLIENT_SESSIONS,
    target: 'participant',
    vars: ({ fx }) => ({ participant: fx.p1.membershipId }),
    check: (d, { fx, me }) => {
      expect(sorted(d.clientSessions.map((s: { id: string }) => s.id))).toEqual(sorted([fx.shared, fx.openShared]));
      for (const session of d.clientSessions)
        expect(session).toMatchObject({ visibility: 'SHARED_WITH_COACHES', sharedWith: [{ id: me.membershipId }] });
    },
  },
  'summary, Q&A, action plan (PRIVATE) | read the summary': summaryOf((fx) => fx.private),
  'summary, Q&A, action plan (PRIVATE) | ask questions (Q&A)': ask((fx) => fx.private),
  'summary, Q&A, action plan (PRIVATE) | read questions and answers': {
    doc: `{ myInsightQuestions { id sessionIds } }`,
    token: true,
    check: (d, { fx }) => expect(d.myInsightQuestions).toContainEqual({ id: fx.questionId, sessionIds: [fx.private] }),
  },
  'summary, Q&A, action plan (PRIVATE) | satisfaction trend': {
    doc: `{ satisfactionTrend { sessionId } }`,
    token: true,
    check: (d, { fx }) =>
      expect(sorted(d.satisfactionTrend.map((p: { sessionId: string }) => p.sessionId))).toEqual(sorted([fx.shared, fx.private])),
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
    doc: SHARE,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.openPrivate, coaches: [fx.coachA.membershipId] }),
    check: (d, { fx }) =>
      expect(d.shareReflection).toEqual({
        id: fx.openPrivate,
        visibility: 'SHARED_WITH_COACHES',
        sharedWith: [{ id: fx.coachA.membershipId }],
      }),
    cleanup: async ({ fx }) => void (await gqlOk(REVOKE, { id: fx.openPrivate }, fx.p1.token)),
  },
  'share / revoke a reflection | share with a coach who does not coach them': {
    doc: SHARE,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.openPrivate, coaches: [fx.coachB.membershipId] }),
    unchanged: async ({ fx }) => {
      // Refused means nothing written: no grant for coach B.
      const [row] = await ownerQuery(`SELECT count(*)::int AS n FROM session_shares WHERE session_id = $1 AND coach_membership_id = $2`, [
        fx.openPrivate,
        fx.coachB.membershipId,
      ]);
      expect(row.n).toBe(0);
    },
  },
  'share / revoke a reflection | revoke': {
    doc: REVOKE,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.openShared, coaches: [fx.coachA.membershipId] }),
    check: (d, { fx }) => expect(d.revokeReflectionShare).toEqual({ id: fx.openShared, visibility: 'PRIVATE', sharedWith: [] }),
    cleanup: async ({ fx }) => void (await gqlOk(SHARE, { id: fx.openShared, coaches: [fx.coachA.membershipId] }, fx.p1.token)),
  },
  'access log of a reflection | shared reflection': {
    doc: ACCESS_LOG,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.shared }),
    check: (d, { fx }) => {
      expect(d.accessLog.length).toBeGreaterThan(0);
      for (const entry of d.accessLog) expect(entry).toMatchObject({ sessionId: fx.shared, reader: { id: fx.coachA.membershipId } });
    },
  },
  'access log of a reflection | private reflection (nobody read it)': {
    doc: ACCESS_LOG,
    target: 'id',
    vars: ({ fx }) => ({ id: fx.private }),
    check: (d) => expect(d.accessLog).toEqual([]),
  },
  'aggregate themes and satisfaction (suppressed below threshold) | developmentThemes': {
    doc: `query($period: String!) { developmentThemes(period: $period) { period threshold groups { group participants averageSatisfaction suppressed } } }`,
    token: true,
    vars: () => ({ period: quarterOf(new Date()) }),
    // One participant with summaries, below the threshold of 5: the organisation cell is suppressed.
    check: (d) =>
      expect(d.developmentThemes).toEqual({
        period: quarterOf(new Date()),
        threshold: 5,
        groups: [{ group: 'organisation', participants: null, averageSatisfaction: null, suppressed: true }],
      }),
  },
  'opt out of aggregates | setAggregateConsent': {
    doc: `mutation { setAggregateConsent(include: false) { id aggregateConsent } }`,
    token: true,
    checkOwnOnly: true,
    check: (d, { me }) => expect(d.setAggregateConsent).toEqual({ id: me.membershipId, aggregateConsent: false }),
    cleanup: async ({ me }) => void (await gqlOk(`mutation { setAggregateConsent(include: true) { id } }`, {}, me.token)),
  },
  'export own data / delete own data | export': {
    doc: `mutation { exportMyData }`,
    token: true,
    check: (d, { fx }) => {
      const document = JSON.parse(d.exportMyData);
      expect(document.member.membershipId).toBe(fx.p1.membershipId);
      expect(sorted(document.sessions.map((s: { id: string }) => s.id))).toEqual(
        sorted([fx.shared, fx.private, fx.openShared, fx.openPrivate]),
      );
    },
  },
  'export own data / delete own data | delete': {
    doc: DELETE,
    token: true,
    checkOwnOnly: true,
    prepare: async ({ fx, me }) => {
      if (me === fx.p1) {
        // Participant 1's summaries are in the HR rollups before the erasure (a consent confirmation refreshes them).
        await gqlOk(`mutation { setAggregateConsent(include: true) { id } }`, {}, me.token);
        await eventually(async () => expect((await remainingRows(fx.org.id, fx.p1.membershipId, [])).rollups).toBe(1));
      }
      return { before: await consistentRows(fx) };
    },
    check: async (d, { fx, me, prep }) => {
      if (me !== fx.p1) return expect(await consistentRows(fx)).toEqual(prep.before);
      const items = Object.values(fx.views).reduce((n, v) => n + v.itemIds.length, 0);
      expect(d.deleteMyData).toMatchObject({
        sessions: 4,
        turns: prep.before.turns,
        summaries: 2,
        actionPlans: 2,
        actionItems: items,
        questions: prep.before.questions,
      });
      // All of it at once, the rollups included: no report counts it from the commit on.
      expect(await remainingRows(fx.org.id, fx.p1.membershipId, [fx.shared, fx.private, fx.openShared, fx.openPrivate])).toEqual({
        sessions: 0,
        turns: 0,
        summaries: 0,
        plans: 0,
        items: 0,
        questions: 0,
        reads: 0,
        shares: 0,
        rollups: 0,
      });
    },
  },
  'usage and job status of the organisation (no content) | model usage (llmUsage)': {
    doc: `{ llmUsage { calls lines { provider model task outcome calls } } }`,
    token: true,
    prepare: async ({ fx }) => ({
      before: (await ownerQuery(`SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1`, [fx.org.id]))[0].n,
    }),
    check: async (d, { fx, prep }) => {
      const [after] = await ownerQuery(`SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1`, [fx.org.id]);
      expect(d.llmUsage.calls).toBeGreaterThanOrEqual(Math.max(1, prep.before));
      expect(d.llmUsage.calls).toBeLessThanOrEqual(after.n);
      expect(JSON.stringify(d)).not.toContain(ANSWER_TEXT.slice(0, 30));
    },
  },
  'usage and job status of the organisation (no content) | job status (organisationJobs)': {
    doc: `{ organisationJobs { outboxPending summaries { pending running ready failed } researchPlans { ready } actionPlans { ready failed } } }`,
    token: true,
    check: async (d, { fx }) => {
      const [row] = await ownerQuery(
        `SELECT count(*) FILTER (WHERE summary_state = 'READY')::int AS ready FROM reflection_sessions WHERE organisation_id = $1`,
        [fx.org.id],
      );
      expect(d.organisationJobs.summaries.ready).toBe(row.ready);
      expect(d.organisationJobs.summaries.ready).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(d)).not.toContain(ANSWER_TEXT.slice(0, 30));
    },
  },
  'usage and job status of the organisation (no content) | model settings (organisationLlm)': {
    doc: `{ organisationLlm { provider overridden } }`,
    token: true,
    check: (d) => expect(d.organisationLlm).toEqual({ provider: 'embedded', overridden: false }),
  },
  'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | register (createWebhookEndpoint)':
    {
      doc: `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [SUMMARY_READY] }) { endpoint { url events enabled } } }`,
      token: true,
      vars: ({ prep }) => ({ url: prep.url }),
      prepare: async () => ({ url: `http://127.0.0.1:9/matrix-${randomUUID().slice(0, 8)}` }),
      check: (d, { prep }) =>
        expect(d.createWebhookEndpoint).toEqual({ endpoint: { url: prep.url, events: ['SUMMARY_READY'], enabled: true } }),
      unchanged: async ({ prep }) => expect(await ownerQuery(`SELECT id FROM webhook_endpoints WHERE url = $1`, [prep.url])).toEqual([]),
      cleanup: async ({ prep }) => void (await ownerQuery(`DELETE FROM webhook_endpoints WHERE url = $1`, [prep.url])),
    },
  'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | list (webhookEndpoints)': {
    doc: `{ webhookEndpoints { id url } }`,
    token: true,
    prepare: async ({ fx }) => ({ endpoint: await matrixEndpoint(fx) }),
    check: async (d, { fx, prep }) => {
      expect(d.webhookEndpoints).toContainEqual({ id: prep.endpoint.id, url: prep.endpoint.url });
      const rows = await ownerQuery(`SELECT id FROM webhook_endpoints WHERE organisation_id = $1`, [fx.org.id]);
      expect(sorted(d.webhookEndpoints.map((e: { id: string }) => e.id))).toEqual(sorted(rows.map((r) => r.id)));
    },
    cleanup: async ({ prep }) => void (await ownerQuery(`DELETE FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])),
  },
  'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | delivery log of an endpoint': {
    doc: `query($id: ID!) { webhookDeliveryAttempts(endpointId: $id) { id } }`,
    target: 'id',
    vars: ({ prep }) => ({ id: prep.endpoint.id }),
    prepare: async ({ fx }) => ({ endpoint: await matrixEndpoint(fx) }),
    check: (d) => expect(d.webhookDeliveryAttempts).toEqual([]),
    cleanup: async ({ prep }) => void (await ownerQuery(`DELETE FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])),
  },
  'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | disable an endpoint': {
    doc: `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { enabled: false }) { id enabled } }`,
    target: 'id',
    vars: ({ prep }) => ({ id: prep.endpoint.id }),
    prepare: async ({ fx }) => ({ endpoint: await matrixEndpoint(fx) }),
    check: (d, { prep }) => expect(d.updateWebhookEndpoint).toEqual({ id: prep.endpoint.id, enabled: false }),
    unchanged: async ({ prep }) =>
      expect(await ownerQuery(`SELECT enabled FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])).toEqual([{ enabled: true }]),
    cleanup: async ({ prep }) => void (await ownerQuery(`DELETE FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])),
  },
  'webhook endpoints and their delivery log (ids only, never content): register / list / change / delete | delete an endpoint': {
    doc: `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
    target: 'id',
    vars: ({ prep }) => ({ id: prep.endpoint.id }),
    prepare: async ({ fx }) => ({ endpoint: await matrixEndpoint(fx) }),
    check: async (d, { prep }) => {
      expect(d.deleteWebhookEndpoint).toBe(prep.endpoint.id);
      expect(await ownerQuery(`SELECT id FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])).toEqual([]);
    },
    unchanged: async ({ prep }) =>
      expect(await ownerQuery(`SELECT id FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])).toEqual([{ id: prep.endpoint.id }]),
    cleanup: async ({ prep }) => void (await ownerQuery(`DELETE FROM webhook_endpoints WHERE id = $1`, [prep.endpoint.id])),
  },
};
