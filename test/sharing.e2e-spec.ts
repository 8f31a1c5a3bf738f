import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { connect, createOrganisation, errorCode, gql, gqlOk } from '#testing';
import {
  ACCESS_LOG,
  CLIENT_SESSIONS,
  COMMENT,
  createTemplate,
  END_COACHING,
  FAR_FUTURE,
  MY_ACCESS_LOG,
  openSession,
  ownerQuery,
  READ_SESSION,
  REVOKE,
  readSession,
  SHARE,
  startCoaching,
  summarisedSession,
} from './privacy.helpers.js';

const sorted = (ids: string[]) => [...ids].sort();
const idsOf = (list: Array<{ id: string }>) => list.map((m) => m.id);
const activeShares = async (sessionId: string) =>
  (await ownerQuery(`SELECT coach_membership_id AS id FROM session_shares WHERE session_id = $1 AND revoked_at IS NULL`, [sessionId])).map(
    (r) => r.id,
  );
const allShares = async (sessionId: string) =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM session_shares WHERE session_id = $1`, [sessionId]))[0].n;

/** Runs `work` as the app role in a system-scoped transaction (as the scheduler does), then commits. */
async function asSystem<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = await connect('app');
  try {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.system', 'on', true)`);
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } finally {
    await db.end();
  }
}

/** An organisation with a coach, a participant they coach, and a completed, summarised session with a plan. */
async function coachedReflection() {
  const org = await createOrganisation();
  const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
  const relationshipId = await startCoaching(org, coach, participant);
  const templateId = await createTemplate(coach.token);
  const session = await summarisedSession(participant, templateId);
  return { org, coach, participant, relationshipId, templateId, session };
}

describe('sharing a reflection with a coach', () => {
  it('lets the coach read session, turns, summary and action plan once shared, and logs every read for the owner', async () => {
    const { org, coach, participant, session } = await coachedReflection();
    const otherCoach = await org.addMember(['COACH']);
    await startCoaching(org, otherCoach, participant);

    // Private: the coach gets exactly what a missing id gets.
    expect(errorCode(await readSession(coach.token, session.id))).toBe('NOT_FOUND');
    expect(errorCode(await readSession(coach.token, randomUUID()))).toBe('NOT_FOUND');
    expect((await gqlOk(CLIENT_SESSIONS, { participant: participant.membershipId }, coach.token)).clientSessions).toEqual([]);
    expect((await gqlOk(ACCESS_LOG, { id: session.id }, participant.token)).accessLog).toEqual([]);

    const shared = (await gqlOk(SHARE, { id: session.id, coaches: [coach.membershipId, otherCoach.membershipId] }, participant.token))
      .shareReflection;
    expect(shared.visibility).toBe('SHARED_WITH_COACHES');
    expect(sorted(idsOf(shared.sharedWith))).toEqual(sorted([coach.membershipId, otherCoach.membershipId]));

    // The coach reads exactly what the owner reads; whom else it is shared with stays the owner's business.
    const own = (await gqlOk(READ_SESSION, { id: session.id }, participant.token)).reflectionSession;
    const read = (await gqlOk(READ_SESSION, { id: session.id }, coach.token)).reflectionSession;
    expect(read.sharedWith).toEqual([{ id: coach.membershipId }]);
    expect({ ...read, sharedWith: null }).toEqual({ ...own, sharedWith: null });
    expect(read.turns.length).toBeGreaterThanOrEqual(2);
    expect(read.summary.overview.length).toBeGreaterThan(0);
    expect(read.actionPlan.items.map((i: any) => i.id)).toEqual(session.itemIds);
    expect(idsOf((await gqlOk(CLIENT_SESSIONS, { participant: participant.membershipId }, coach.token)).clientSessions)).toEqual([
      session.id,
    ]);

    // The coach may comment on a shared action item; the owner sees the comment.
    const comment = (await gqlOk(COMMENT, { id: session.itemIds[0], body: 'Happy to introduce you to a mentor.' }, coach.token))
      .commentOnActionItem;
    expect(comment.author.id).toBe(coach.membershipId);
    const item = (await gqlOk(READ_SESSION, { id: session.id }, participant.token)).reflectionSession.actionPlan.items[0];
    expect(item.comments.map((c: any) => c.id)).toContain(comment.id);

    const log = (await gqlOk(ACCESS_LOG, { id: session.id }, participant.token)).accessLog;
    expect(log.every((e: any) => e.sessionId === session.id && e.reader.id === coach.membershipId)).toBe(true);
    expect(new Set(log.map((e: any) => e.action))).toEqual(new Set(['session', 'turns', 'summary', 'action_plan']));
    // One entry per part and request, however many fields touched it: 2 requests read the session
    // (reflectionSession, clientSessions), one each read turns and summary, two the plan (read, comment).
    const count = (action: string) => log.filter((e: any) => e.action === action).length;
    expect([count('session'), count('turns'), count('summary'), count('action_plan')]).toEqual([2, 1, 1, 2]);
    expect((await gqlOk(ACCESS_LOG, { id: session.id, limit: 2 }, participant.token)).accessLog).toEqual(log.slice(0, 2));
    expect(idsOf((await gqlOk(MY_ACCESS_LOG, {}, participant.token)).myAccessLog)).toEqual(idsOf(log));

    // Nobody else reads the log, not even the coach who is in it.
    for (const token of [coach.token, otherCoach.token, org.admin.token]) {
      expect(errorCode(await gql(ACCESS_LOG, { id: session.id }, token))).toBe('NOT_FOUND');
    }
    expect((await gqlOk(MY_ACCESS_LOG, {}, coach.token)).myAccessLog).toEqual([]);
  });

  it('is per reflection: sharing one session exposes no other session of the owner', async () => {
    const { org, coach, participant, templateId, session } = await coachedReflection();
    const other = await openSession(participant, templateId);
    await gqlOk(SHARE, { id: session.id, coaches: [coach.membershipId] }, participant.token);

    expect((await gqlOk(READ_SESSION, { id: session.id }, coach.token)).reflectionSession.id).toBe(session.id);
    expect(errorCode(await readSession(coach.token, other))).toBe('NOT_FOUND');
    expect(idsOf((await gqlOk(CLIENT_SESSIONS, { participant: participant.membershipId }, coach.token)).clientSessions)).toEqual([
      session.id,
    ]);
    const visibility = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { visibility sharedWith { id } } }`, { id: other }, participant.token)
    ).reflectionSession;
    expect(visibility).toEqual({ visibility: 'PRIVATE', sharedWith: [] });
    expect(
      (await ownerQuery(`SELECT DISTINCT session_id FROM access_log WHERE organisation_id = $1`, [org.id])).map((r) => r.session_id),
    ).toEqual([session.id]);
  });

  it('removes access on the very next request when the owner revokes, one coach or all', async () => {
    const { org, coach, participant, session } = await coachedReflection();
    const second = await org.addMember(['COACH']);
    await startCoaching(org, second, participant);
    await gqlOk(SHARE, { id: session.id, coaches: [coach.membershipId, second.membershipId] }, participant.token);
    expect((await gqlOk(READ_SESSION, { id: session.id }, coach.token)).reflectionSession.id).toBe(session.id);

    const afterOne = (await gqlOk(REVOKE, { id: session.id, coaches: [coach.membershipId] }, participant.token)).revokeReflectionShare;
    expect(afterOne).toEqual({ id: session.id, visibility: 'SHARED_WITH_COACHES', sharedWith: [{ id: second.membershipId }] });
    expect(errorCode(await readSession(coach.token, session.id))).toBe('NOT_FOUND');
    expect(errorCode(await gql(COMMENT, { id: session.itemIds[0], body: 'Still here?' }, coach.token))).toBe('NOT_FOUND');
    expect((await gqlOk(CLIENT_SESSIONS, { participant: participant.membershipId }, coach.token)).clientSessions).toEqual([]);
    expect((await gqlOk(READ_SESSION, { id: session.id }, second.token)).reflectionSession.id).toBe(session.id);
    // Revoking again is a no-op.
    expect(
      (await gqlOk(REVOKE, { id: session.id, coaches: [coach.membershipId] }, participant.token)).revokeReflectionShare.visibility,
    ).toBe('SHARED_WITH_COACHES');

    const afterAll = (await gqlOk(REVOKE, { id: session.id }, participant.token)).revokeReflectionShare;
    expect(afterAll).toEqual({ id: session.id, visibility: 'PRIVATE', sharedWith: [] });
    expect(errorCode(await readSession(second.token, session.id))).toBe('NOT_FOUND');
    expect(await activeShares(session.id)).toEqual([]);

    // Shared again later: access is back, for that coach only.
    await gqlOk(SHARE, { id: session.id, coaches: [coach.membershipId] }, participant.token);
    expect((await gqlOk(READ_SESSION, { id: session.id }, coach.token)).reflectionSession.sharedWith).toEqual([{ id: coach.membershipId }]);
    expect(errorCode(await readSession(second.token, session.id))).toBe('NOT_FOUND');
  });

  it('removes access on the very next request when the coaching relationship ends, and a new relationship does not revive the share', async () => {
    const { org, coach, participant, relationshipId, session } = await coachedReflection();
    await gqlOk(SHARE, { id: session.id, coaches: [coach.membershipId] }, participant.token);
    expect((await gqlOk(READ_SESSION, { id: session.id }, coach.token)).reflectionSession.id).toBe(session.id);

    expect((await gqlOk(END_COACHING, { id: relationshipId }, org.admin.token)).endCoaching.active).toBe(false);
    expect(errorCode(await readSession(coach.token, session.id))).toBe('NOT_FOUND');
    expect(errorCode(await gql(CLIENT_SESSIONS, { participant: participant.membershipId }, coach.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(COMMENT, { id: session.itemIds[0], body: 'Hello?' }, coach.token))).toBe('NOT_FOUND');
    const own = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { visibility sharedWith { id } } }`, { id: session.id }, participant.token)
    ).reflectionSession;
    expect(own).toEqual({ visibility: 'PRIVATE', sharedWith: [] });

    await startCoaching(org, coach, participant);
    expect(errorCode(await readSession(coach.token, session.id))).toBe('NOT_FOUND');
    expect((await gqlOk(CLIENT_SESSIONS, { participant: participant.membershipId }, coach.token)).clientSessions).toEqual([]);
  });

  it('removes access when the coach is removed from the organisation', async () => {
    const { org, coach, participant, session } = await coachedReflection();
    await gqlOk(SHARE, { id: session.id, coaches: [coach.membershipId] }, participant.token);
    await gqlOk(`mutation($id: ID!) { removeMember(membershipId: $id) { id } }`, { id: coach.membershipId }, org.admin.token);
    expect(await activeShares(session.id)).toEqual([]);
    const own = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { visibility sharedWith { id } } }`, { id: session.id }, participant.token)
    ).reflectionSession;
    expect(own).toEqual({ visibility: 'PRIVATE', sharedWith: [] });
  });

  it('refuses to share with anyone who is not a current coach of the owner, and writes nothing', async () => {
    const org = await createOrganisation();
    const other = await createOrganisation();
    const [coach, formerCoach, notMyCoach, hr, participant, colleague, foreignCoach] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['COACH']),
      org.addMember(['COACH']),
      org.addMember(['HR']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
      other.addMember(['COACH']),
    ]);
    await startCoaching(org, coach, participant);
    await gqlOk(END_COACHING, { id: await startCoaching(org, formerCoach, participant) }, org.admin.token);
    await startCoaching(org, notMyCoach, colleague);
    const session = await openSession(participant, await createTemplate(coach.token));

    const refused = [
      formerCoach.membershipId,
      notMyCoach.membershipId,
      hr.membershipId,
      org.admin.membershipId,
      participant.membershipId,
      foreignCoach.membershipId,
      randomUUID(),
    ];
    for (const id of refused) {
      const result = await gql(SHARE, { id: session, coaches: [coach.membershipId, id] }, participant.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toBe('A reflection can be shared only with your current coaches');
      expect(result.errors![0].extensions).toMatchObject({ reason: 'NOT_A_CURRENT_COACH', coachMembershipIds: [id] });
    }
    for (const coaches of [[], ['not-an-id'], Array.from({ length: 51 }, () => randomUUID())]) {
      expect(errorCode(await gql(SHARE, { id: session, coaches }, participant.token))).toBe('BAD_USER_INPUT');
    }
    expect(await allShares(session)).toBe(0);
    expect(
      (await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { visibility } }`, { id: session }, participant.token)).reflectionSession
        .visibility,
    ).toBe('PRIVATE');

    // Only the owner shares or revokes; anyone else is answered as if the session did not exist.
    for (const member of [coach, colleague, hr, org.admin, foreignCoach]) {
      expect(errorCode(await gql(SHARE, { id: session, coaches: [coach.membershipId] }, member.token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(REVOKE, { id: session }, member.token))).toBe('NOT_FOUND');
    }
    expect(await allShares(session)).toBe(0);

    // Sharing twice with the same coach keeps one grant.
    await gqlOk(SHARE, { id: session, coaches: [coach.membershipId, coach.membershipId] }, participant.token);
    await gqlOk(SHARE, { id: session, coaches: [coach.membershipId] }, participant.token);
    expect(await activeShares(session)).toEqual([coach.membershipId]);
  });

  it("starts a reflection with its template's default visibility: shared with the current coaches, or PRIVATE", async () => {
    const org = await createOrganisation();
    const [coach, formerCoach, participant, alone] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
    ]);
    await startCoaching(org, coach, participant);
    await gqlOk(END_COACHING, { id: await startCoaching(org, formerCoach, participant) }, org.admin.token);
    const sharedByDefault = await createTemplate(coach.token, { defaultVisibility: 'SHARED_WITH_COACHES' });

    const session = await openSession(participant, sharedByDefault);
    const own = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { visibility sharedWith { id } } }`, { id: session }, participant.token)
    ).reflectionSession;
    expect(own).toEqual({ visibility: 'SHARED_WITH_COACHES', sharedWith: [{ id: coach.membershipId }] });
    expect((await gqlOk(READ_SESSION, { id: session }, coach.token)).reflectionSession.id).toBe(session);
    expect(errorCode(await readSession(formerCoach.token, session))).toBe('NOT_FOUND');

    // Once revoked it stays private: completing the session does not share it again.
    await gqlOk(REVOKE, { id: session }, participant.token);
    await gqlOk(`mutation($id: ID!) { completeReflectionSession(sessionId: $id) { id } }`, { id: session }, participant.token);
    expect(errorCode(await readSession(coach.token, session))).toBe('NOT_FOUND');

    // Nobody to share with: the reflection is private, from the first answer on.
    const lonely = (
      await gqlOk(
        `mutation($t: ID) { startReflectionSession(templateId: $t) { id visibility sharedWith { id } } }`,
        { t: sharedByDefault },
        alone.token,
      )
    ).startReflectionSession;
    expect(lonely).toMatchObject({ visibility: 'PRIVATE', sharedWith: [] });

    const privateByDefault = await openSession(participant, await createTemplate(coach.token));
    expect(errorCode(await readSession(coach.token, privateByDefault))).toBe('NOT_FOUND');
  });

  it('applies the default when a scheduled session starts, with the coaches current at that moment', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    await startCoaching(org, coach, participant);
    const templateId = await createTemplate(coach.token, { defaultVisibility: 'SHARED_WITH_COACHES' });
    const assignmentId = (
      await gqlOk(
        `mutation($input: AssignInput!) { assignTemplate(input: $input) { id } }`,
        {
          input: { templateId, participantMembershipIds: [participant.membershipId], cadence: 'ONCE', startsAt: FAR_FUTURE },
        },
        coach.token,
      )
    ).assignTemplate[0].id;
    // The due session as the cross-organisation scheduler writes it (system scope, no tenant): it cannot
    // see anyone's coaches, so it stores the session PRIVATE, with no share.
    const scheduled = await asSystem((db) =>
      db.query(
        `INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, visibility, assignment_id, due_at, status)
         SELECT organisation_id, participant_membership_id, template_id, 1, 'SHARED_WITH_COACHES', id, next_due_at, 'SCHEDULED' FROM assignments WHERE id = $1
         RETURNING id, visibility`,
        [assignmentId],
      ),
    );
    expect(scheduled.rows).toEqual([{ id: expect.any(String), visibility: 'PRIVATE' }]);
    expect(await allShares(scheduled.rows[0].id)).toBe(0);

    const started = (
      await gqlOk(`mutation($a: ID) { startReflectionSession(assignmentId: $a) { id } }`, { a: assignmentId }, participant.token)
    ).startReflectionSession;
    expect(started.id).toBe(scheduled.rows[0].id);
    const own = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { visibility sharedWith { id } } }`, { id: started.id }, participant.token)
    ).reflectionSession;
    expect(own).toEqual({ visibility: 'SHARED_WITH_COACHES', sharedWith: [{ id: coach.membershipId }] });
    expect((await gqlOk(READ_SESSION, { id: started.id }, coach.token)).reflectionSession.id).toBe(started.id);
  });

  it('answers clientSessions with NOT_FOUND for anyone the caller does not coach right now', async () => {
    const { org, coach, participant } = await coachedReflection();
    const [otherCoach, hr] = await Promise.all([org.addMember(['COACH']), org.addMember(['HR'])]);
    for (const member of [otherCoach, hr, org.admin, participant]) {
      expect(errorCode(await gql(CLIENT_SESSIONS, { participant: participant.membershipId }, member.token))).toBe('NOT_FOUND');
    }
    expect(errorCode(await gql(CLIENT_SESSIONS, { participant: randomUUID() }, coach.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(CLIENT_SESSIONS, { participant: 'nope' }, coach.token))).toBe('BAD_USER_INPUT');
  });
});
