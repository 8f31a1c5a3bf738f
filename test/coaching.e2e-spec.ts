import { randomUUID } from 'node:crypto';
import { describe, expect, it, jest } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk } from '#testing';
import { ASSIGN, coachingFixture, createTemplate, END, ownerQuery, START } from './coaching.helpers.js';

const CLIENTS = `{ myClients { id } }`;
const COACHES = `{ myCoaches { id } }`;
const RELATIONSHIPS = `query($all: Boolean) { coachingRelationships(activeOnly: $all) { id active coach { id } participant { id } } }`;
const SETTINGS = `mutation($on: Boolean) { updateOrganisationSettings(coachesMayInviteClients: $on) { id } }`;
const MINE = `query($all: Boolean) { myAssignments(includeCancelled: $all) { id cancelled nextDueAt } }`;
const ASSIGNED = `{ assignmentsIAssigned { id participant { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelAssignment(id: $id) { id cancelled cancelledAt nextDueAt } }`;
const SNOOZE = `mutation($id: ID!, $until: DateTime!) { snoozeReminder(assignmentId: $id, until: $until) { id reminderSnoozedUntil reminderSnoozedDueAt } }`;
/** Far enough ahead that no scheduler run of the suite reaches it. */
const FAR = '2070-11-15T08:00:00.000Z';

// Each test creates an organisation with several members over HTTP on a shared, busy machine.
jest.setTimeout(60_000);

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();
const fieldOf = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.fields?.[0]?.field;
const countIn = async (table: string, organisationId: string) =>
  (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1`, [organisationId]))[0].n;

describe('coaching relationships', () => {
  it('an admin starts and ends one; myClients and myCoaches follow on the very next request', async () => {
    const org = await createOrganisation();
    const [coach, client, other] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
    ]);

    const started = (await gqlOk(START, { coach: coach.membershipId, participant: client.membershipId }, org.admin.token)).startCoaching;
    expect(started).toMatchObject({
      active: true,
      endedAt: null,
      coach: { id: coach.membershipId },
      participant: { id: client.membershipId },
    });
    expect(ids((await gqlOk(CLIENTS, {}, coach.token)).myClients)).toEqual([client.membershipId]);
    expect(ids((await gqlOk(COACHES, {}, client.token)).myCoaches)).toEqual([coach.membershipId]);
    expect(ids((await gqlOk(RELATIONSHIPS, {}, coach.token)).coachingRelationships)).toEqual([started.id]);
    expect(ids((await gqlOk(RELATIONSHIPS, {}, org.admin.token)).coachingRelationships)).toEqual([started.id]);
    expect((await gqlOk(RELATIONSHIPS, {}, other.token)).coachingRelationships).toEqual([]);
    expect(errorCode(await gql(START, { coach: coach.membershipId, participant: client.membershipId }, org.admin.token))).toBe('CONFLICT');

    const ended = (await gqlOk(END, { id: started.id }, coach.token)).endCoaching;
    expect(ended).toMatchObject({ id: started.id, active: false });
    expect(ended.endedAt).not.toBeNull();
    expect((await gqlOk(CLIENTS, {}, coach.token)).myClients).toEqual([]);
    expect((await gqlOk(COACHES, {}, client.token)).myCoaches).toEqual([]);
    expect((await gqlOk(END, { id: started.id }, org.admin.token)).endCoaching.active).toBe(false);
    expect((await gqlOk(RELATIONSHIPS, { all: false }, client.token)).coachingRelationships).toMatchObject([
      { id: started.id, active: false },
    ]);

    // The history stays; the pair can start again.
    const again = (await gqlOk(START, { coach: coach.membershipId, participant: client.membershipId }, org.admin.token)).startCoaching;
    expect(again.id).not.toBe(started.id);
    expect(ids((await gqlOk(CLIENTS, {}, coach.token)).myClients)).toEqual([client.membershipId]);
  });

  it('follows the permission matrix for startCoaching and endCoaching', async () => {
    const org = await createOrganisation();
    const [coach, otherCoach, client, hr] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['HR']),
    ]);
    const pair = { coach: coach.membershipId, participant: client.membershipId };

    expect(errorCode(await gql(START, pair, client.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(START, pair, hr.token))).toBe('FORBIDDEN');
    // A coach for themselves only while the organisation allows it (off by default).
    expect(errorCode(await gql(START, pair, coach.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(START, pair, otherCoach.token))).toBe('FORBIDDEN');
    expect(await countIn('coaching_relationships', org.id)).toBe(0);

    await gqlOk(SETTINGS, { on: true }, org.admin.token);
    expect(errorCode(await gql(START, pair, otherCoach.token))).toBe('FORBIDDEN');
    const own = (await gqlOk(START, pair, coach.token)).startCoaching;
    expect(own).toMatchObject({ active: true, coach: { id: coach.membershipId } });

    expect(errorCode(await gql(END, { id: own.id }, client.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(END, { id: own.id }, hr.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(END, { id: own.id }, otherCoach.token))).toBe('NOT_FOUND');
    expect(ids((await gqlOk(CLIENTS, {}, coach.token)).myClients)).toEqual([client.membershipId]);
    expect((await gqlOk(END, { id: own.id }, org.admin.token)).endCoaching.active).toBe(false);

    await gqlOk(SETTINGS, { on: false }, org.admin.token);
    expect(errorCode(await gql(START, pair, coach.token))).toBe('FORBIDDEN');
  });

  it('refuses members that are unknown, elsewhere, removed or not coaches, and writes nothing', async () => {
    const [org, elsewhere] = await Promise.all([createOrganisation(), createOrganisation()]);
    const [coach, client, leaver, stranger] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
      elsewhere.addMember(['PARTICIPANT']),
    ]);
    await gqlOk(`mutation($id: ID!) { removeMember(membershipId: $id) { id } }`, { id: leaver.membershipId }, org.admin.token);
    const start = (coachId: string, participantId: string) => gql(START, { coach: coachId, participant: participantId }, org.admin.token);

    const notACoach = await start(client.membershipId, coach.membershipId);
    expect(errorCode(notACoach)).toBe('BAD_USER_INPUT');
    expect(fieldOf(notACoach)).toBe('coachMembershipId');
    expect(errorCode(await start(coach.membershipId, coach.membershipId))).toBe('BAD_USER_INPUT');
    expect(errorCode(await start(coach.membershipId, randomUUID()))).toBe('NOT_FOUND');
    expect(errorCode(await start(randomUUID(), client.membershipId))).toBe('NOT_FOUND');
    expect(errorCode(await start(coach.membershipId, stranger.membershipId))).toBe('NOT_FOUND');
    expect(errorCode(await start(coach.membershipId, leaver.membershipId))).toBe('NOT_FOUND');
    expect(errorCode(await start(coach.membershipId, 'not-an-id'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(END, { id: randomUUID() }, org.admin.token))).toBe('NOT_FOUND');
    expect(await countIn('coaching_relationships', org.id)).toBe(0);
  });
});

describe('template assignments', () => {
  it('a coach assigns to a client with defaults; participant, coach and admin each list it', async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const before = Date.now();
    const [assignment] = (
      await gqlOk(ASSIGN, { input: { templateId, participantMembershipIds: [client.membershipId], cadence: 'QUARTERLY' } }, coach.token)
    ).assignTemplate;
    expect(assignment).toMatchObject({
      cadence: 'QUARTERLY',
      rrule: null,
      timezone: 'UTC',
      windowDays: 14,
      cancelled: false,
      template: { id: templateId, version: 1 },
      participant: { id: client.membershipId },
      assignedBy: { id: coach.membershipId },
    });
    expect(new Date(assignment.startsAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(assignment.startsAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(assignment.nextDueAt).toBe(assignment.startsAt);

    const berlin = {
      templateId,
      participantMembershipIds: [client.membershipId],
      cadence: 'QUARTERLY',
      timezone: 'Europe/Berlin',
      startsAt: FAR,
    };
    const [quarterly] = (await gqlOk(ASSIGN, { input: berlin }, coach.token)).assignTemplate;
    expect(quarterly).toMatchObject({ timezone: 'Europe/Berlin', startsAt: FAR, nextDueAt: FAR });
    const monthly = { ...berlin, cadence: 'RRULE', rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1', startsAt: '2070-12-02T08:00:00.000Z' };
    const [rule] = (await gqlOk(ASSIGN, { input: monthly }, coach.token)).assignTemplate;
    expect(rule).toMatchObject({ cadence: 'RRULE', rrule: monthly.rrule, nextDueAt: '2071-01-05T08:00:00.000Z' });

    const all = [assignment.id, quarterly.id, rule.id].sort();
    expect(ids((await gqlOk(MINE, {}, client.token)).myAssignments)).toEqual(all);
    expect(ids((await gqlOk(ASSIGNED, {}, coach.token)).assignmentsIAssigned)).toEqual(all);
    expect(ids((await gqlOk(`{ assignments { id } }`, {}, org.admin.token)).assignments)).toEqual(all);
    expect((await gqlOk(MINE, {}, coach.token)).myAssignments).toEqual([]);
    // The client may now read the template assigned to them.
    const template = await gqlOk(`query($id: ID!) { reflectionTemplate(id: $id) { id } }`, { id: templateId }, client.token);
    expect(template.reflectionTemplate.id).toBe(templateId);
  });

  it('a coach cannot assign to a non-client (NOT_FOUND, nothing written), nor after the relationship ended', async () => {
    const { org, coach, client, relationshipId, templateId } = await coachingFixture();
    const [nonClient, elsewhere] = await Promise.all([
      org.addMember(['PARTICIPANT']),
      createOrganisation().then((o) => o.addMember(['PARTICIPANT'])),
    ]);
    const assign = (participantMembershipIds: string[]) =>
      gql(ASSIGN, { input: { templateId, participantMembershipIds, cadence: 'ONCE', startsAt: FAR } }, coach.token);

    expect(errorCode(await assign([nonClient.membershipId]))).toBe('NOT_FOUND');
    expect(errorCode(await assign([client.membershipId, nonClient.membershipId]))).toBe('NOT_FOUND');
    expect(errorCode(await assign([elsewhere.membershipId]))).toBe('NOT_FOUND');
    expect(errorCode(await assign([randomUUID()]))).toBe('NOT_FOUND');
    expect(await countIn('assignments', org.id)).toBe(0);

    await gqlOk(END, { id: relationshipId }, org.admin.token);
    expect(errorCode(await assign([client.membershipId]))).toBe('NOT_FOUND');
    expect(await countIn('assignments', org.id)).toBe(0);
  });

  it('participants assign to themselves only, HR not at all, admins to anyone, each only templates they may read', async () => {
    const { org, coach, client, templateId } = await coachingFixture();
    const hr = await org.addMember(['HR']);
    const personal = await createTemplate(client.token, 'My own check-in');
    const input = (template: string, participant: string) => ({
      input: { templateId: template, participantMembershipIds: [participant], cadence: 'ANNUALLY', startsAt: FAR },
    });

    const [own] = (await gqlOk(ASSIGN, input(personal, client.membershipId), client.token)).assignTemplate;
    expect(own).toMatchObject({
      participant: { id: client.membershipId },
      assignedBy: { id: client.membershipId },
      template: { id: personal },
    });
    expect(errorCode(await gql(ASSIGN, input(personal, coach.membershipId), client.token))).toBe('FORBIDDEN');
    // The coach's library template was never assigned to the client: not readable by them.
    expect(errorCode(await gql(ASSIGN, input(templateId, client.membershipId), client.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(ASSIGN, input(templateId, client.membershipId), hr.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(ASSIGN, input(templateId, hr.membershipId), hr.token))).toBe('FORBIDDEN');
    // A personal template is its owner's alone, even for an admin.
    expect(errorCode(await gql(ASSIGN, input(personal, client.membershipId), org.admin.token))).toBe('NOT_FOUND');

    const [byAdmin] = (await gqlOk(ASSIGN, input(templateId, hr.membershipId), org.admin.token)).assignTemplate;
    expect(byAdmin).toMatchObject({ participant: { id: hr.membershipId }, assignedBy: { id: org.admin.membershipId } });
    expect(await countIn('assignments', org.id)).toBe(2);
  });

  it.each([
    ['an invalid recurrence rule', { cadence: 'RRULE', rrule: 'FREQ=SOMETIMES' }, 'rrule'],
    ['a rule more often than daily', { cadence: 'RRULE', rrule: 'FREQ=HOURLY' }, 'rrule'],
    ['RRULE without a rule', { cadence: 'RRULE' }, 'rrule'],
    ['a rule on a quarterly cadence', { cadence: 'QUARTERLY', rrule: 'FREQ=DAILY' }, 'rrule'],
    ['an unknown time zone', { cadence: 'QUARTERLY', timezone: 'Mars/Olympus' }, 'timezone'],
    ['an offset instead of a zone', { cadence: 'QUARTERLY', timezone: '+01:00' }, 'timezone'],
    ['a start whose only window has closed', { cadence: 'ONCE', startsAt: '2020-01-01T00:00:00Z' }, 'startsAt'],
    ['a window of zero days', { cadence: 'ONCE', windowDays: 0 }, 'windowDays'],
    ['an empty participant list', { cadence: 'ONCE', participantMembershipIds: [] }, 'participantMembershipIds'],
    ['a participant id that is not an ID', { cadence: 'ONCE', participantMembershipIds: ['1 OR 1=1'] }, 'participantMembershipIds'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, overrides, field) => {
    const { org, coach, client, templateId } = await coachingFixture();
    const result = await gql(
      ASSIGN,
      { input: { templateId, participantMembershipIds: [client.membershipId], startsAt: FAR, ...overrides } },
      coach.token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldOf(result)).toBe(field);
    expect(await countIn('assignments', org.id)).toBe(0);
  });

  it('only the assigner or an admin cancels; a coach loses sight of the assignment when the relationship ends', async () => {
    const { org, coach, client, relationshipId, templateId } = await coachingFixture();
    const hr = await org.addMember(['HR']);
    const input = { input: { templateId, participantMembershipIds: [client.membershipId], cadence: 'QUARTERLY', startsAt: FAR } };
    const [first] = (await gqlOk(ASSIGN, input, coach.token)).assignTemplate;
    const [second] = (await gqlOk(ASSIGN, input, coach.token)).assignTemplate;

    expect(errorCode(await gql(CANCEL, { id: first.id }, client.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(CANCEL, { id: first.id }, hr.token))).toBe('NOT_FOUND');
    const cancelled = (await gqlOk(CANCEL, { id: first.id }, coach.token)).cancelAssignment;
    expect(cancelled).toMatchObject({ id: first.id, cancelled: true, nextDueAt: null });
    expect(ids((await gqlOk(MINE, {}, client.token)).myAssignments)).toEqual([second.id]);
    expect(ids((await gqlOk(MINE, { all: true }, client.token)).myAssignments)).toEqual([first.id, second.id].sort());

    await gqlOk(END, { id: relationshipId }, org.admin.token);
    expect((await gqlOk(ASSIGNED, {}, coach.token)).assignmentsIAssigned).toEqual([]);
    expect(errorCode(await gql(`query($id: ID!) { assignment(id: $id) { id } }`, { id: second.id }, coach.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(CANCEL, { id: second.id }, coach.token))).toBe('NOT_FOUND');
    // The participant keeps their check-ins; an admin can still cancel them.
    expect(ids((await gqlOk(MINE, {}, client.token)).myAssignments)).toEqual([second.id]);
    expect((await gqlOk(CANCEL, { id: second.id }, org.admin.token)).cancelAssignment.cancelled).toBe(true);
  });

  it('lets only the participant snooze, to a time before the due session closes', async () => {
    const { coach, client, templateId } = await coachingFixture();
    const [assignment] = (
      await gqlOk(
        ASSIGN,
        { input: { templateId, participantMembershipIds: [client.membershipId], cadence: 'QUARTERLY', startsAt: FAR } },
        coach.token,
      )
    ).assignTemplate;
    const until = '2070-11-16T08:00:00.000Z';

    expect(errorCode(await gql(SNOOZE, { id: assignment.id, until }, coach.token))).toBe('FORBIDDEN');
    const past = await gql(SNOOZE, { id: assignment.id, until: '2020-01-01T00:00:00Z' }, client.token);
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(fieldOf(past)).toBe('until');
    expect(errorCode(await gql(SNOOZE, { id: assignment.id, until: '2070-11-29T08:00:00.000Z' }, client.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(SNOOZE, { id: randomUUID(), until }, client.token))).toBe('NOT_FOUND');

    const snoozed = (await gqlOk(SNOOZE, { id: assignment.id, until }, client.token)).snoozeReminder;
    expect(snoozed).toEqual({ id: assignment.id, reminderSnoozedUntil: until, reminderSnoozedDueAt: FAR });
  });
});
