import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, eventually, gql, gqlOk, type TestMember, type TestOrganisation } from '#testing';
import {
  ACCESS_LOG,
  ASK,
  CLIENT_SESSIONS,
  COMMENT,
  createTemplate,
  DELETE,
  EXPORT,
  FAR_FUTURE,
  openSession,
  ownerQuery,
  READ_SESSION,
  readSession,
  remainingRows,
  SHARE,
  startCoaching,
  summarisedSession,
} from './privacy.helpers.js';

const ASSIGN = `mutation($input: AssignInput!) { assignTemplate(input: $input) { id } }`;
const exportOf = async (member: TestMember) => JSON.parse((await gqlOk(EXPORT, {}, member.token)).exportMyData);

interface World {
  org: TestOrganisation;
  coach: TestMember;
  participant: TestMember;
  colleague: TestMember;
  shared: { id: string; planId: string; itemIds: string[] };
  open: string;
  colleagueSession: string;
  questionId: string;
  assignmentId: string;
  commentId: string;
  other: { org: TestOrganisation; participant: TestMember; session: string };
}

/**
 * A participant with a shared, summarised session with a plan (read and commented on by their
 * coach), an open private session, a question asked of their reflections and an assignment; a
 * colleague with a session of their own; and another organisation with its own participant.
 */
async function world(): Promise<World> {
  const [org, otherOrg] = await Promise.all([createOrganisation(), createOrganisation()]);
  const [coach, participant, colleague, otherParticipant, otherCoach] = await Promise.all([
    org.addMember(['COACH']),
    org.addMember(['PARTICIPANT'], { department: 'Engineering' }),
    org.addMember(['PARTICIPANT']),
    otherOrg.addMember(['PARTICIPANT']),
    otherOrg.addMember(['COACH']),
  ]);
  await startCoaching(org, coach, participant);
  const [templateId, otherTemplate] = await Promise.all([createTemplate(coach.token), createTemplate(otherCoach.token)]);
  const [shared, colleagueSession, otherSession] = await Promise.all([
    summarisedSession(participant, templateId),
    openSession(colleague, templateId, 'My colleague-only answer about a team lead role in the payments squad.'),
    openSession(otherParticipant, otherTemplate, 'An answer in another organisation entirely.'),
  ]);
  const open = await openSession(participant, templateId, 'A private answer about wanting to move to the platform team.');
  await gqlOk(SHARE, { id: shared.id, coaches: [coach.membershipId] }, participant.token);
  await gqlOk(READ_SESSION, { id: shared.id }, coach.token);
  const commentId = (await gqlOk(COMMENT, { id: shared.itemIds[0], body: 'Let us discuss this on Friday.' }, coach.token))
    .commentOnActionItem.id;
  await gqlOk(ASK, { q: 'What holds me back from leadership?', ids: [shared.id] }, participant.token);
  const [question] = await ownerQuery(`SELECT id FROM insight_questions WHERE participant_membership_id = $1`, [participant.membershipId]);
  const assignment = await gqlOk(
    ASSIGN,
    {
      input: {
        templateId,
        participantMembershipIds: [participant.membershipId],
        cadence: 'ONCE',
        startsAt: FAR_FUTURE,
        timezone: 'Europe/Berlin',
      },
    },
    coach.token,
  );
  return {
    org,
    coach,
    participant,
    colleague,
    shared,
    open,
    colleagueSession,
    commentId,
    questionId: question.id,
    assignmentId: assignment.assignTemplate[0].id,
    other: { org: otherOrg, participant: otherParticipant, session: otherSession },
  };
}

describe('exportMyData', () => {
  it("returns everything the caller owns in the organisation, and nothing of anyone else's", async () => {
    const w = await world();
    const document = await exportOf(w.participant);

    expect(document).toMatchObject({
      format: 'waypoint-export@1',
      organisation: { id: w.org.id },
      member: {
        membershipId: w.participant.membershipId,
        email: w.participant.email,
        roles: ['PARTICIPANT'],
        department: 'Engineering',
        aggregateConsent: true,
      },
    });
    expect(document.sessions.map((s: any) => s.id).sort()).toEqual([w.shared.id, w.open].sort());
    const shared = document.sessions.find((s: any) => s.id === w.shared.id);
    const own = (await gqlOk(READ_SESSION, { id: w.shared.id }, w.participant.token)).reflectionSession;
    expect(shared).toMatchObject({ status: 'COMPLETED', visibility: 'SHARED_WITH_COACHES', summary: { overview: own.summary.overview } });
    expect(shared.turns.map((t: any) => [t.id, t.role, t.content])).toEqual(own.turns.map((t: any) => [t.id, t.role, t.content]));
    expect(shared.actionPlan.id).toBe(w.shared.planId);
    expect(shared.actionPlan.items.map((i: any) => i.id)).toEqual(w.shared.itemIds);
    expect(shared.actionPlan.items[0].comments).toEqual([
      expect.objectContaining({ id: w.commentId, authorMembershipId: w.coach.membershipId, body: 'Let us discuss this on Friday.' }),
    ]);
    expect(shared.sharedWith).toEqual([expect.objectContaining({ coachMembershipId: w.coach.membershipId, revokedAt: null })]);
    expect(new Set(shared.accessLog.map((e: any) => e.action))).toEqual(new Set(['session', 'turns', 'summary', 'action_plan']));
    expect(shared.accessLog.every((e: any) => e.readerMembershipId === w.coach.membershipId)).toBe(true);
    const open = document.sessions.find((s: any) => s.id === w.open);
    expect(open.turns.some((t: any) => t.content === 'A private answer about wanting to move to the platform team.')).toBe(true);
    expect(document.questions).toEqual([
      expect.objectContaining({ id: w.questionId, question: 'What holds me back from leadership?', sessionIds: [w.shared.id] }),
    ]);
    expect(document.assignments).toEqual([
      expect.objectContaining({ id: w.assignmentId, assignedByMembershipId: w.coach.membershipId, cadence: 'ONCE' }),
    ]);

    const text = JSON.stringify(document);
    for (const foreign of [
      w.colleagueSession,
      w.colleague.membershipId,
      w.colleague.email,
      w.other.session,
      w.other.org.id,
      'colleague-only',
      'another organisation entirely',
    ]) {
      expect(text).not.toContain(foreign);
    }

    // The coach's export holds none of the client's reflections, though the coach read them.
    const coachText = JSON.stringify(await exportOf(w.coach));
    for (const owned of [w.shared.id, w.open, w.shared.planId, w.commentId, 'Let us discuss']) expect(coachText).not.toContain(owned);
    expect(JSON.parse(coachText)).toMatchObject({ sessions: [], questions: [], assignments: [] });
  });
});

describe('deleteMyData', () => {
  it("erases the caller's reflections with counts, idempotently, leaving colleagues and other organisations intact", async () => {
    const w = await world();
    const colleagueBefore = (await gqlOk(READ_SESSION, { id: w.colleagueSession }, w.colleague.token)).reflectionSession;
    const otherBefore = (await gqlOk(READ_SESSION, { id: w.other.session }, w.other.participant.token)).reflectionSession;
    const sessionIds = [w.shared.id, w.open];
    // The summary counts in the HR rollups: a consent confirmation has the worker refresh them.
    await gqlOk(`mutation { setAggregateConsent(include: true) { id } }`, {}, w.participant.token);
    await eventually(async () => {
      if ((await remainingRows(w.org.id, w.participant.membershipId, sessionIds)).rollups !== 1) throw new Error('rollup not written yet');
    });
    const before = await remainingRows(w.org.id, w.participant.membershipId, sessionIds);
    const turns = before.turns;
    expect(turns).toBeGreaterThanOrEqual(4);

    const report = (await gqlOk(DELETE, {}, w.participant.token)).deleteMyData;
    expect(report).toEqual({
      sessions: 2,
      turns,
      summaries: 1,
      actionItems: w.shared.itemIds.length,
      actionPlans: 1,
      comments: 1,
      questions: 1,
      accessLogEntries: before.reads,
      shares: 1,
    });
    // All gone at once, the HR rollups included (no waiting for the worker).
    expect(await remainingRows(w.org.id, w.participant.membershipId, sessionIds)).toEqual({
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
    for (const id of sessionIds) {
      expect(errorCode(await readSession(w.participant.token, id))).toBe('NOT_FOUND');
      expect(errorCode(await readSession(w.coach.token, id))).toBe('NOT_FOUND');
      expect(errorCode(await gql(ACCESS_LOG, { id }, w.participant.token))).toBe('NOT_FOUND');
    }
    expect(errorCode(await gql(COMMENT, { id: w.shared.itemIds[0], body: 'Anyone?' }, w.coach.token))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(
          `mutation($id: ID!) { updateActionItem(id: $id, progress: 10) { id } }`,
          { id: w.shared.itemIds[0] },
          w.participant.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect((await gqlOk(CLIENT_SESSIONS, { participant: w.participant.membershipId }, w.coach.token)).clientSessions).toEqual([]);
    expect(
      await gqlOk(
        `{ mySessions { id } satisfactionTrend { sessionId } myInsightQuestions { id } myActionItems { id } }`,
        {},
        w.participant.token,
      ),
    ).toEqual({
      mySessions: [],
      satisfactionTrend: [],
      myInsightQuestions: [],
      myActionItems: [],
    });
    const after = await exportOf(w.participant);
    expect(after).toMatchObject({ member: { membershipId: w.participant.membershipId }, sessions: [], questions: [] });
    // What is not theirs to erase stays: the membership, the coach relationship, the assignment.
    expect(after.assignments.map((a: any) => a.id)).toEqual([w.assignmentId]);

    // Again: nothing more to erase.
    expect((await gqlOk(DELETE, {}, w.participant.token)).deleteMyData).toEqual({
      sessions: 0,
      turns: 0,
      summaries: 0,
      actionItems: 0,
      actionPlans: 0,
      comments: 0,
      questions: 0,
      accessLogEntries: 0,
      shares: 0,
    });

    expect((await gqlOk(READ_SESSION, { id: w.colleagueSession }, w.colleague.token)).reflectionSession).toEqual(colleagueBefore);
    expect((await gqlOk(READ_SESSION, { id: w.other.session }, w.other.participant.token)).reflectionSession).toEqual(otherBefore);
  });

  it("erases only the caller's own data whoever calls it: a coach's erasure leaves their client's reflections", async () => {
    const w = await world();
    const before = await remainingRows(w.org.id, w.participant.membershipId, [w.shared.id, w.open]);
    for (const member of [w.coach, w.org.admin, w.colleague]) await gqlOk(DELETE, {}, member.token);
    const after = await remainingRows(w.org.id, w.participant.membershipId, [w.shared.id, w.open]);
    // The coach's comment is on the client's plan: it belongs to the client's reflection and stays.
    expect({ ...after, rollups: null }).toEqual({ ...before, rollups: null });
    expect((await gqlOk(READ_SESSION, { id: w.shared.id }, w.coach.token)).reflectionSession.actionPlan.items[0].comments).toEqual([
      expect.objectContaining({ id: w.commentId }),
    ]);
    expect(errorCode(await readSession(w.colleague.token, w.colleagueSession))).toBe('NOT_FOUND');
  });
});
