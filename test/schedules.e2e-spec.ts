import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { eventually, gql, gqlOk, startProcess, stopProcess, type TestMember, testEnv } from '#testing';
import {
  ASSIGN,
  END,
  coachingFixture as newFixture,
  ownerQuery,
  reminderMails,
  retireSchedules,
  SchedulerDriver,
  waitForReminders,
} from './coaching.helpers.js';

// The scheduler runs across organisations with the clock each test chooses. Every test works in
// its own far-future period (later tests later), so runs never reach another test's due dates
// before that test is done, and every assertion is restricted to the test's own organisation.

const SESSIONS_OF = `SELECT s.id, s.assignment_id, s.due_at, s.window_closes_at, s.status, s.template_version, s.visibility
                       FROM reflection_sessions s WHERE s.organisation_id = $1 ORDER BY s.assignment_id, s.due_at`;
const REMINDERS_OF = `SELECT r.session_id, r.kind, r.send_at, r.enqueued_at, r.done_at, r.outcome
                        FROM session_reminders r WHERE r.organisation_id = $1 ORDER BY r.send_at, r.kind`;

const iso = (value: Date | string) => new Date(value).toISOString();
const secondBefore = (value: string) => new Date(new Date(value).getTime() - 1000).toISOString();

// These tests wait on real worker processes (and start one) on a shared, busy machine.
jest.setTimeout(90_000);

let scheduler: SchedulerDriver;
const organisations: string[] = [];
beforeAll(async () => {
  scheduler = await new SchedulerDriver().ready();
});
afterEach(async () => {
  await retireSchedules(organisations.splice(0));
});
afterAll(async () => {
  await scheduler.close();
});

async function coachingFixture() {
  const fixture = await newFixture();
  organisations.push(fixture.org.id);
  return fixture;
}

async function assign(token: string, input: Record<string, unknown>): Promise<any[]> {
  return (await gqlOk(ASSIGN, { input }, token)).assignTemplate;
}

async function sessionsOf(organisationId: string): Promise<any[]> {
  return ownerQuery(SESSIONS_OF, [organisationId]);
}

describe('the check-in scheduler (real worker, chosen clock)', () => {
  it('materialises quarterly due dates at their local time across daylight saving in Berlin and New York', async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const base = { templateId, participantMembershipIds: [client.membershipId], cadence: 'QUARTERLY' };
    const [berlin] = await assign(coach.token, { ...base, timezone: 'Europe/Berlin', startsAt: '2040-11-15T09:00:00+01:00' });
    const [newYork] = await assign(coach.token, { ...base, timezone: 'America/New_York', startsAt: '2040-11-15T09:00:00-05:00' });
    // 09:00 local every quarter: CET/EST in November and February, CEST/EDT in May and August.
    const expected: Record<string, string[]> = {
      [berlin.id]: ['2040-11-15T08:00:00.000Z', '2041-02-15T08:00:00.000Z', '2041-05-15T07:00:00.000Z', '2041-08-15T07:00:00.000Z'],
      [newYork.id]: ['2040-11-15T14:00:00.000Z', '2041-02-15T14:00:00.000Z', '2041-05-15T13:00:00.000Z', '2041-08-15T13:00:00.000Z'],
    };
    const dueOf = async (assignmentId: string) =>
      (await sessionsOf(org.id)).filter((s) => s.assignment_id === assignmentId).map((s) => iso(s.due_at));

    const steps = Object.entries(expected)
      .flatMap(([assignmentId, dues]) => dues.map((due, index) => ({ assignmentId, due, index })))
      .sort((a, b) => a.due.localeCompare(b.due));
    for (const { assignmentId, due, index } of steps) {
      await scheduler.run(secondBefore(due));
      expect(await dueOf(assignmentId)).toEqual(expected[assignmentId].slice(0, index));
      await scheduler.run(due);
      expect(await dueOf(assignmentId)).toEqual(expected[assignmentId].slice(0, index + 1));
    }

    const sessions = await sessionsOf(org.id);
    expect(sessions).toHaveLength(8);
    for (const session of sessions) {
      expect(session).toMatchObject({ template_version: 1, visibility: 'PRIVATE' });
      expect(new Date(session.window_closes_at).getTime() - new Date(session.due_at).getTime()).toBe(14 * 86_400_000);
    }
    const view = await gqlOk(`{ myAssignments { id nextDueAt sessions { dueAt status } } }`, {}, client.token);
    const byId = new Map<string, any>(view.myAssignments.map((a: any) => [a.id, a]));
    expect(byId.get(berlin.id).nextDueAt).toBe('2041-11-15T08:00:00.000Z');
    expect(byId.get(newYork.id).nextDueAt).toBe('2041-11-15T14:00:00.000Z');
    // Earlier windows closed unstarted: expired; the latest one is open.
    for (const id of [berlin.id, newYork.id]) {
      expect(byId.get(id).sessions.map((s: any) => [s.dueAt, s.status])).toEqual(
        expected[id].map((due, i) => [due, i < 3 ? 'EXPIRED' : 'SCHEDULED']),
      );
    }
  });

  it('never creates a due session twice when two worker processes run the same instant', async () => {
    const env = testEnv();
    const second = startProcess('dist/apps/worker/src/main.js', env, join(env.WAYPOINT_TEST_LOG_DIR!, 'worker-2.log'));
    try {
      await eventually(async () => expect(await scheduler.workerCount()).toBeGreaterThanOrEqual(2), 30_000);
      const { org, coach, templateId } = await coachingFixture();
      const participants: TestMember[] = await Promise.all([1, 2, 3].map(() => org.addMember(['PARTICIPANT'])));
      await Promise.all(
        participants.map((p) =>
          gqlOk(
            `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
            { c: coach.membershipId, p: p.membershipId },
            org.admin.token,
          ),
        ),
      );
      const input = {
        templateId,
        participantMembershipIds: participants.map((p) => p.membershipId),
        cadence: 'RRULE',
        rrule: 'FREQ=DAILY;COUNT=5',
        startsAt: '2043-03-01T09:00:00Z',
        windowDays: 3,
      };
      const assignments = (await Promise.all([1, 2, 3, 4, 5].map(() => assign(coach.token, input)))).flat();
      expect(assignments).toHaveLength(15);

      const runs = [
        ...(await scheduler.runConcurrently('2043-03-03T12:00:00Z', 4)),
        ...(await scheduler.runConcurrently('2043-03-05T12:00:00Z', 4)),
      ];
      // Each worker runs one scheduler job at a time, so runs that overlap ran in both processes.
      const overlapping = runs.some((a, i) => runs.some((b, j) => i !== j && a.processedOn < b.finishedOn && b.processedOn < a.finishedOn));
      expect(overlapping).toBe(true);

      const sessions = await sessionsOf(org.id);
      const days = ['2043-03-01', '2043-03-02', '2043-03-03', '2043-03-04', '2043-03-05'].map((d) => `${d}T09:00:00.000Z`);
      expect(sessions).toHaveLength(15 * days.length);
      for (const assignment of assignments) {
        expect(sessions.filter((s) => s.assignment_id === assignment.id).map((s) => iso(s.due_at))).toEqual(days);
      }
      expect(sessions.filter((s) => s.status === 'EXPIRED')).toHaveLength(30);
      const reminders = await ownerQuery(REMINDERS_OF, [org.id]);
      expect(reminders).toHaveLength(2 * sessions.length);

      // Each reminder that went out went out once, whichever worker handled it.
      const settled = await eventually(async () => {
        const rows = await ownerQuery<any>(REMINDERS_OF, [org.id]);
        expect(rows.filter((r) => r.enqueued_at && !r.done_at)).toEqual([]);
        return rows;
      }, 45_000);
      const sent = settled.filter((r) => r.outcome === 'SENT').length;
      expect(sent).toBeGreaterThan(0);
      const mails = (await Promise.all(participants.map((p) => reminderMails(p.email)))).flat();
      expect(mails).toHaveLength(sent);
    } finally {
      await stopProcess(second);
    }
  });

  it('emails a reminder when a session falls due and another before its window closes, once each', async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const due = '2045-03-10T09:00:00.000Z';
    await assign(coach.token, { templateId, participantMembershipIds: [client.membershipId], cadence: 'QUARTERLY', startsAt: due });

    await scheduler.run(due);
    const [session] = await sessionsOf(org.id);
    expect(session).toMatchObject({ status: 'SCHEDULED' });
    const [dueMail] = await waitForReminders(client.email, 1);
    expect(dueMail.raw).toContain('Subject: Time to reflect');
    await eventually(async () => expect((await ownerQuery(REMINDERS_OF, [org.id]))[0]).toMatchObject({ kind: 'DUE', outcome: 'SENT' }));

    // Running again, or a re-delivered job, sends nothing more.
    await scheduler.run(due);
    expect(await scheduler.redeliverReminder(org.id, session.id, 'DUE')).toMatch(/^skipped/);
    expect(await reminderMails(client.email)).toHaveLength(1);

    // The closing reminder: two days before the 14-day window closes.
    await scheduler.run('2045-03-22T08:59:59.000Z');
    expect((await ownerQuery(REMINDERS_OF, [org.id]))[1]).toMatchObject({ kind: 'CLOSING', enqueued_at: null, done_at: null });
    await scheduler.run('2045-03-22T09:00:00.000Z');
    const mails = await waitForReminders(client.email, 2);
    expect(mails[1].raw).toContain('Subject: Closing soon');
    await eventually(async () => expect((await ownerQuery(REMINDERS_OF, [org.id]))[1]).toMatchObject({ kind: 'CLOSING', outcome: 'SENT' }));
    await scheduler.run('2045-03-23T00:00:00.000Z');
    expect(await scheduler.redeliverReminder(org.id, session.id, 'CLOSING')).toMatch(/^skipped/);
    expect(await reminderMails(client.email)).toHaveLength(2);

    await scheduler.run('2045-03-24T09:00:00.000Z');
    expect((await sessionsOf(org.id))[0]).toMatchObject({ id: session.id, status: 'EXPIRED' });
  });

  it('holds a snoozed reminder until the snooze ends', async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const due = '2046-06-01T09:00:00.000Z';
    const [assignment] = await assign(coach.token, {
      templateId,
      participantMembershipIds: [client.membershipId],
      cadence: 'ONCE',
      startsAt: due,
    });
    await gqlOk(
      `mutation($id: ID!, $until: DateTime!) { snoozeReminder(assignmentId: $id, until: $until) { id } }`,
      { id: assignment.id, until: '2046-06-02T09:00:00Z' },
      client.token,
    );

    await scheduler.run(due);
    expect(await sessionsOf(org.id)).toHaveLength(1);
    // Not handed to the email queue at all, so nothing can arrive.
    expect((await ownerQuery(REMINDERS_OF, [org.id]))[0]).toMatchObject({ kind: 'DUE', enqueued_at: null, done_at: null });
    expect(await reminderMails(client.email)).toEqual([]);

    await scheduler.run('2046-06-02T09:00:00.000Z');
    const [mail] = await waitForReminders(client.email, 1);
    expect(mail.raw).toContain('Subject: Time to reflect');
  });

  it('stops sessions and reminders for a cancelled assignment and for a participant who left', async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const leaver = await org.addMember(['PARTICIPANT']);
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: leaver.membershipId },
      org.admin.token,
    );
    const due = '2047-01-10T09:00:00.000Z';
    const [cancelled, left] = await assign(coach.token, {
      templateId,
      participantMembershipIds: [client.membershipId, leaver.membershipId],
      cadence: 'QUARTERLY',
      startsAt: due,
    });

    await scheduler.run(due);
    await Promise.all([waitForReminders(client.email, 1), waitForReminders(leaver.email, 1)]);
    await gqlOk(`mutation($id: ID!) { cancelAssignment(id: $id) { id } }`, { id: cancelled.id }, coach.token);
    await gqlOk(`mutation($id: ID!) { removeMember(membershipId: $id) { id } }`, { id: leaver.membershipId }, org.admin.token);

    await scheduler.run('2047-01-22T09:00:00.000Z'); // closing reminders fall due
    await scheduler.run('2047-04-10T09:00:00.000Z'); // the next quarter
    const reminders = await ownerQuery(REMINDERS_OF, [org.id]);
    expect(reminders.filter((r) => r.kind === 'CLOSING').map((r) => r.outcome)).toEqual(['SKIPPED', 'SKIPPED']);
    const sessions = await sessionsOf(org.id);
    expect(sessions.filter((s) => s.assignment_id === cancelled.id).map((s) => iso(s.due_at))).toEqual([due]);
    expect(sessions.filter((s) => s.assignment_id === left.id).map((s) => iso(s.due_at))).toEqual([due]);
    expect(await reminderMails(client.email)).toHaveLength(1);
    expect(await reminderMails(leaver.email)).toHaveLength(1);
  });

  it('shows the assigning coach only the status and dates of each due session, and only while coaching', async () => {
    const { org, coach, client, relationshipId, templateId } = await coachingFixture();
    const due = '2048-02-01T09:00:00.000Z';
    const [assignment] = await assign(coach.token, {
      templateId,
      participantMembershipIds: [client.membershipId],
      cadence: 'QUARTERLY',
      startsAt: due,
    });
    await scheduler.run(due);
    const [session] = await sessionsOf(org.id);
    const secret = `private-thought-${session.id.slice(0, 8)}`;
    await ownerQuery(`UPDATE reflection_sessions SET status = 'IN_PROGRESS', started_at = '2048-02-02T10:00:00Z' WHERE id = $1`, [
      session.id,
    ]);
    await ownerQuery(`INSERT INTO session_turns (organisation_id, session_id, seq, role, content) VALUES ($1, $2, 1, 'PARTICIPANT', $3)`, [
      org.id,
      session.id,
      secret,
    ]);

    const coachView = await gqlOk(
      `{ assignmentsIAssigned { id nextDueAt sessions { id status dueAt startedAt completedAt summaryState summaryError assignment { id } } } }`,
      {},
      coach.token,
    );
    expect(coachView.assignmentsIAssigned).toEqual([
      {
        id: assignment.id,
        nextDueAt: '2048-05-01T09:00:00.000Z',
        sessions: [
          {
            id: session.id,
            status: 'IN_PROGRESS',
            dueAt: due,
            startedAt: '2048-02-02T10:00:00.000Z',
            completedAt: null,
            summaryState: null,
            summaryError: null,
            assignment: { id: assignment.id },
          },
        ],
      },
    ]);
    const participantView = await gqlOk(`{ myAssignments { sessions { id assignment { id } } } }`, {}, client.token);
    expect(participantView.myAssignments).toEqual([{ sessions: [{ id: session.id, assignment: { id: assignment.id } }] }]);
    expect(await ownerQuery(`SELECT 1 FROM access_log WHERE session_id = $1`, [session.id])).toEqual([]);

    await gqlOk(END, { id: relationshipId }, org.admin.token);
    expect((await gqlOk(`{ assignmentsIAssigned { id } }`, {}, coach.token)).assignmentsIAssigned).toEqual([]);
    expect(JSON.stringify(coachView)).not.toContain(secret);
  });

  it("keeps a private session's content from the coach through Assignment.sessions while the participant reads it", async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const due = '2049-02-01T09:00:00.000Z';
    await assign(coach.token, { templateId, participantMembershipIds: [client.membershipId], cadence: 'ONCE', startsAt: due });
    await scheduler.run(due);
    const [session] = await sessionsOf(org.id);
    const secret = `private-thought-${session.id.slice(0, 8)}`;
    await ownerQuery(`UPDATE reflection_sessions SET status = 'IN_PROGRESS', started_at = now() WHERE id = $1`, [session.id]);
    await ownerQuery(`INSERT INTO session_turns (organisation_id, session_id, seq, role, content) VALUES ($1, $2, 1, 'PARTICIPANT', $3)`, [
      org.id,
      session.id,
      secret,
    ]);

    const asCoach = await gql(
      `{ assignmentsIAssigned { sessions { id status turns { content } summary { overview } } } }`,
      {},
      coach.token,
    );
    expect(JSON.stringify(asCoach)).not.toContain(secret);
    const deniedOrEmpty =
      asCoach.errors?.every((e) => e.extensions?.code === 'NOT_FOUND') ||
      (!asCoach.errors && asCoach.data!.assignmentsIAssigned[0].sessions.every((s: any) => s.turns.length === 0 && s.summary === null));
    expect({ deniedOrEmpty, errors: asCoach.errors }).toMatchObject({ deniedOrEmpty: true });
    expect(
      (await gql(`query($id: ID!) { reflectionSession(id: $id) { id } }`, { id: session.id }, coach.token)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    const asOwner = await gqlOk(`{ myAssignments { sessions { id turns { content } } } }`, {}, client.token);
    expect(JSON.stringify(asOwner)).toContain(secret);
  });
});
