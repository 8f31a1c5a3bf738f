import { describe, expect, it } from '@jest/globals';
import { createOrganisation, gqlOk } from '#testing';
import {
  AssignmentSessionsPageDocument,
  ClientSessionsPageDocument,
  execute,
  executeOk,
  MyAccessLogPageDocument,
  MyClientsPageDocument,
  MySessionsPageDocument,
  type WaypointClientOptions,
} from '../clients/index.js';
import { createTemplate, openSession, ownerQuery, SHARE, startCoaching, suiteClient } from './privacy.helpers.js';

interface Connection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node id of a connection, one small page at a time. */
async function walk(read: (after: string | null) => Promise<Connection>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page: Connection = await read(after);
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('the connection did not end');
}

describe('connections of reflections and their access log', () => {
  it("pages a participant's sessions, the sessions shared with their coach, and the reads logged for them", async () => {
    const org = await createOrganisation();
    const [coach, participant, otherCoach] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['COACH']),
    ]);
    await startCoaching(org, coach, participant);
    const templateId = await createTemplate(coach.token);
    const sessions: string[] = [];
    for (let i = 0; i < 3; i++) sessions.push(await openSession(participant, templateId));
    for (const id of [sessions[0]!, sessions[2]!]) await gqlOk(SHARE, { id, coaches: [coach.membershipId] }, participant.token);

    const newestFirst = (
      await ownerQuery<{ id: string }>(
        `SELECT id FROM reflection_sessions WHERE participant_membership_id = $1 ORDER BY created_at DESC, id DESC`,
        [participant.membershipId],
      )
    ).map((r) => r.id);
    expect([...newestFirst].sort()).toEqual([...sessions].sort());

    const own: WaypointClientOptions = suiteClient(participant.token);
    expect(await walk(async (after) => (await executeOk(own, MySessionsPageDocument, { first: 2, after })).mySessionsConnection)).toEqual(
      newestFirst,
    );

    const asCoach = suiteClient(coach.token);
    const shared = await walk(
      async (after) =>
        (await executeOk(asCoach, ClientSessionsPageDocument, { participantMembershipId: participant.membershipId, first: 1, after }))
          .clientSessionsConnection,
    );
    expect(shared).toEqual(newestFirst.filter((id) => id !== sessions[1]));

    // Each shared session the coach read is logged for the owner; the log pages newest first.
    const logged = (
      await ownerQuery<{ id: string }>(`SELECT id FROM access_log WHERE owner_membership_id = $1 ORDER BY at DESC, id DESC`, [
        participant.membershipId,
      ])
    ).map((r) => r.id);
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(await walk(async (after) => (await executeOk(own, MyAccessLogPageDocument, { first: 1, after })).myAccessLogConnection)).toEqual(
      logged,
    );

    // Someone who does not coach the participant gets what an unknown member gets.
    const denied = await execute(suiteClient(otherCoach.token), ClientSessionsPageDocument, {
      participantMembershipId: participant.membershipId,
      first: 10,
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("pages a coach's clients and the sessions of an assignment", async () => {
    const org = await createOrganisation();
    const [coach, first, second] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
    ]);
    await startCoaching(org, coach, first);
    await startCoaching(org, coach, second);
    const asCoach = suiteClient(coach.token);
    const clients = await walk(async (after) => (await executeOk(asCoach, MyClientsPageDocument, { first: 1, after })).myClientsConnection);
    expect([...clients].sort()).toEqual([first.membershipId, second.membershipId].sort());

    const templateId = await createTemplate(coach.token);
    const assigned = await gqlOk(
      `mutation($input: AssignInput!) { assignTemplate(input: $input) { id } }`,
      { input: { templateId, participantMembershipIds: [first.membershipId], cadence: 'ONCE' } },
      coach.token,
    );
    const assignmentId = assigned.assignTemplate[0].id as string;
    const asParticipant = suiteClient(first.token);
    const started: string[] = [];
    for (let i = 0; i < 2; i++) {
      const result = await gqlOk(`mutation($a: ID) { startReflectionSession(assignmentId: $a) { id } }`, { a: assignmentId }, first.token);
      started.push(result.startReflectionSession.id);
      await gqlOk(
        `mutation($id: ID!) { abandonReflectionSession(sessionId: $id) { id } }`,
        { id: result.startReflectionSession.id },
        first.token,
      );
    }
    const ofAssignment = (
      await ownerQuery<{ id: string }>(`SELECT id FROM reflection_sessions WHERE assignment_id = $1 ORDER BY created_at, id`, [
        assignmentId,
      ])
    ).map((r) => r.id);
    expect(ofAssignment).toEqual(expect.arrayContaining(started));
    const paged = await walk(
      async (after) =>
        (await executeOk(asParticipant, AssignmentSessionsPageDocument, { id: assignmentId, first: 1, after })).assignment
          .sessionsConnection,
    );
    expect(paged).toEqual(ofAssignment);
  });
});
