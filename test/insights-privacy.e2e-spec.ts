import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk, type TestMember } from '#testing';
import { createTemplate, PERSONA_ANSWERS, runInterview, waitForPlan, waitForSummary } from './insights.helpers.js';

const READ = `query($id: ID!) { reflectionSession(id: $id) { id summary { overview themes { key } } actionPlan { id items { id comments { body } } } } }`;
const ASK = `mutation($q: String!, $ids: [ID!]) { askReflections(question: $q, sessionIds: $ids) { answer citations { sessionId turnId } } }`;
const COMMENT = `mutation($id: ID!) { commentOnActionItem(id: $id, body: "Nice progress") { id author { id } } }`;
const UPDATE = `mutation($id: ID!) { updateActionItem(id: $id, progress: 50) { id progress } }`;

describe('insights belong to the participant', () => {
  it('hides summary, action plan, answers and trend from other participants, coaches without a share, HR and admins', async () => {
    const org = await createOrganisation();
    const owner = await org.addMember(['PARTICIPANT']);
    const coach = await org.addMember(['COACH']);
    const hr = await org.addMember(['HR']);
    const peer = await org.addMember(['PARTICIPANT']);
    // The coach even coaches the owner: without a share of this reflection they still see nothing.
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: owner.membershipId },
      org.admin.token,
    );

    const templateId = await createTemplate(owner.token);
    const sessionId = await runInterview(owner, templateId, PERSONA_ANSWERS);
    await waitForSummary(owner, sessionId);
    await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, owner.token);
    const item = (await waitForPlan(owner, sessionId)).items[0];
    expect((await gqlOk(`{ satisfactionTrend { sessionId } }`, {}, owner.token)).satisfactionTrend).toHaveLength(1);

    const outsiders: Array<[string, TestMember]> = [
      ['another participant', peer],
      ['a coach without a share', coach],
      ['HR', hr],
      ['the admin', org.admin],
    ];
    for (const [who, member] of outsiders) {
      const expectNotFound = async (query: string, variables: Record<string, unknown>) =>
        expect([who, errorCode(await gql(query, variables, member.token))]).toEqual([who, 'NOT_FOUND']);
      await expectNotFound(READ, { id: sessionId });
      await expectNotFound(ASK, { q: 'What themes emerge in my career satisfaction?', ids: [sessionId] });
      await expectNotFound(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId });
      await expectNotFound(`mutation($id: ID!) { retrySummary(sessionId: $id) { id } }`, { id: sessionId });
      await expectNotFound(UPDATE, { id: item.id });
      await expectNotFound(COMMENT, { id: item.id });
      await expectNotFound(`mutation($id: ID!) { dropActionItem(id: $id) { id } }`, { id: item.id });
      await expectNotFound(`mutation($s: ID) { addActionItem(sessionId: $s, input: { category: SKILL_DEVELOPMENT, title: "x" }) { id } }`, {
        s: sessionId,
      });

      // Their own view of insights stays empty: nothing of the owner's leaks into it.
      const own = await gqlOk(
        `{ satisfactionTrend { sessionId } themeChanges { toSessionId } myActionItems { id } myInsightQuestions { id } }`,
        {},
        member.token,
      );
      expect([who, own]).toEqual([who, { satisfactionTrend: [], themeChanges: [], myActionItems: [], myInsightQuestions: [] }]);
      const asked = (await gqlOk(ASK, { q: 'What themes emerge in my career satisfaction?' }, member.token)).askReflections;
      expect([who, asked.citations]).toEqual([who, []]);
    }
    expect(
      (await gqlOk(`{ myActionItems { id progress } }`, {}, owner.token)).myActionItems.find((i: { id: string }) => i.id === item.id)
        .progress,
    ).toBe(0);
  });

  it('lets a coach the reflection is shared with read the summary and plan and comment, but not ask or change anything', async () => {
    const org = await createOrganisation();
    const owner = await org.addMember(['PARTICIPANT']);
    const coach = await org.addMember(['COACH']);
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: owner.membershipId },
      org.admin.token,
    );
    const templateId = await createTemplate(owner.token);
    const sessionId = await runInterview(owner, templateId, PERSONA_ANSWERS);
    await waitForSummary(owner, sessionId);
    await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, owner.token);
    const item = (await waitForPlan(owner, sessionId)).items[0];

    await gqlOk(
      `mutation($id: ID!, $c: [ID!]!) { shareReflection(sessionId: $id, coachMembershipIds: $c) { id } }`,
      { id: sessionId, c: [coach.membershipId] },
      owner.token,
    );
    const seen = (await gqlOk(READ, { id: sessionId }, coach.token)).reflectionSession;
    expect(seen.summary.themes.length).toBeGreaterThan(0);
    expect(seen.actionPlan.items.map((i: { id: string }) => i.id)).toContain(item.id);
    const comment = (await gqlOk(COMMENT, { id: item.id }, coach.token)).commentOnActionItem;
    expect(comment.author.id).toBe(coach.membershipId);

    expect(errorCode(await gql(UPDATE, { id: item.id }, coach.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(ASK, { q: 'What themes emerge?', ids: [sessionId] }, coach.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, coach.token))).toBe(
      'NOT_FOUND',
    );
    expect((await gqlOk(`{ satisfactionTrend { sessionId } }`, {}, coach.token)).satisfactionTrend).toEqual([]);

    // The owner sees the coach's comment; after a revoke the coach is back to nothing.
    const ownerView = (await gqlOk(READ, { id: sessionId }, owner.token)).reflectionSession;
    expect(ownerView.actionPlan.items.find((i: { id: string }) => i.id === item.id).comments).toEqual([{ body: 'Nice progress' }]);
    await gqlOk(`mutation($id: ID!) { revokeReflectionShare(sessionId: $id) { id } }`, { id: sessionId }, owner.token);
    expect(errorCode(await gql(READ, { id: sessionId }, coach.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(COMMENT, { id: item.id }, coach.token))).toBe('NOT_FOUND');
  });
});
