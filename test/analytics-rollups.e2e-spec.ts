import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { quarterOf } from '#analytics/periods';
import { connect, createOrganisation, errorCode, eventually, gql, gqlOk, testEnv } from '#testing';
import { CONSENT, rollupRows, seedSummaries } from './analytics.helpers.js';

// Summaries are stored directly (owner connection) with exact scores and themes, so the numbers
// of the report can be checked to the decimal; the rollups are still built by the worker, after
// the real `setAggregateConsent` mutation enqueued the refresh.

const REPORT = `query($period: String!, $groupBy: String) { developmentThemes(period: $period, groupBy: $groupBy) {
  period threshold suppressedCells
  groups { group participants averageSatisfaction suppressed themes { theme label participants share averageSentiment } } } }`;

const period = quarterOf(new Date());

let redis: Redis;
let housekeeping: Queue;
beforeAll(() => {
  redis = new Redis(testEnv().REDIS_URL!, { maxRetriesPerRequest: null });
  housekeeping = new Queue('housekeeping', { connection: redis, prefix: testEnv().QUEUE_PREFIX });
});
afterAll(async () => {
  await housekeeping.close();
  await redis.quit();
});

const report = async (token: string, groupBy: string | null = null) => (await gqlOk(REPORT, { period, groupBy }, token)).developmentThemes;

describe('HR development themes from the rollups', () => {
  it('counts distinct participants per group with complementary suppression, and follows opt-out, deletion and removal', async () => {
    const org = await createOrganisation();
    const hr = await org.addMember(['HR']);
    const [p1, p2, p3, p4, p5, p6] = await Promise.all([
      org.addMember(['PARTICIPANT'], { department: 'Engineering', team: 'Alpha' }),
      org.addMember(['PARTICIPANT'], { department: 'Engineering', team: 'Alpha' }),
      org.addMember(['PARTICIPANT'], { department: 'Engineering', team: 'Beta' }),
      org.addMember(['PARTICIPANT'], { department: 'Engineering', team: 'Beta' }),
      org.addMember(['PARTICIPANT'], { department: 'Sales' }),
      org.addMember(['PARTICIPANT'], { department: 'Sales' }),
    ]);
    const lastQuarter = new Date(Date.now() - 120 * 24 * 3600 * 1000);
    await seedSummaries(org.id, [
      // p1 twice this quarter: one participant, weighted once (mean 7).
      {
        member: p1,
        score: 6,
        themes: [
          ['workload', -0.8],
          ['learning', 0.5],
          ['recognition', 0.2],
        ],
      },
      {
        member: p1,
        score: 8,
        themes: [
          ['workload', -0.2],
          ['Free text, not a key', 1],
        ],
      },
      { member: p1, score: 1, themes: [['compensation', -1]], completedAt: lastQuarter },
      {
        member: p2,
        score: 7,
        themes: [
          ['workload', -0.5],
          ['learning', 0.5],
        ],
      },
      {
        member: p3,
        score: 8,
        themes: [
          ['workload', -0.5],
          ['learning', 0.5],
        ],
      },
      {
        member: p4,
        score: 9,
        themes: [
          ['workload', -0.5],
          ['learning', 0.5],
        ],
      },
      {
        member: p5,
        score: 4,
        themes: [
          ['workload', -0.5],
          ['learning', 0.5],
          ['recognition', 0.4],
        ],
      },
      { member: p6, score: 5, themes: [['workload', -0.5]] },
    ]);
    // The real mutation enqueues each participant's refresh.
    await Promise.all([p1, p2, p3, p4, p5, p6].map((p) => gqlOk(CONSENT, { include: true }, p.token)));

    const whole = await eventually(async () => {
      const r = await report(hr.token);
      expect(r.groups[0].participants).toBe(6);
      return r;
    });
    expect(whole).toEqual({
      period,
      threshold: 5,
      // The estimate cell (nobody's score was estimated). Recognition (2 participants) is left out
      // uncounted, like a theme nobody raised.
      suppressedCells: 1,
      groups: [
        {
          group: 'organisation',
          participants: 6,
          averageSatisfaction: 6.67, // (7 + 7 + 8 + 9 + 4 + 5) / 6
          suppressed: false,
          themes: [
            { theme: 'workload', label: 'Workload', participants: 6, share: 1, averageSentiment: -0.5 },
            { theme: 'learning', label: 'Learning', participants: 5, share: 0.833, averageSentiment: 0.5 },
          ],
        },
      ],
    });

    // 4 and 2 are below 5; and 6 - 4 = 2 would reveal Sales, so both are hidden.
    const byDepartment = await report(hr.token, 'department');
    expect(byDepartment.groups).toEqual([
      whole.groups[0],
      { group: 'Engineering', participants: null, averageSatisfaction: null, suppressed: true, themes: [] },
      { group: 'Sales', participants: null, averageSatisfaction: null, suppressed: true, themes: [] },
    ]);
    // The 2 hidden rows and the organisation's estimate cell.
    expect(byDepartment.suppressedCells).toBe(3);
    const admin = await report(org.admin.token, 'team');
    expect(admin.groups.map((g: any) => [g.group, g.suppressed])).toEqual([
      ['organisation', false],
      ['Alpha', true],
      ['Beta', true],
    ]);

    // Opt-out: hidden from the next report at once; the worker then drops the rollup rows.
    const optedOut = await gqlOk(CONSENT, { include: false }, p6.token);
    expect(optedOut.setAggregateConsent).toEqual({ id: p6.membershipId, aggregateConsent: false });
    expect((await report(hr.token)).groups[0]).toMatchObject({ participants: 5, averageSatisfaction: 7 });
    await eventually(async () => expect(await rollupRows(org.id, p6.membershipId)).toBe(0));
    const members = await gqlOk(`{ members { id aggregateConsent } }`, {}, org.admin.token);
    expect(members.members.filter((m: any) => m.aggregateConsent !== null)).toEqual([
      { id: org.admin.membershipId, aggregateConsent: true },
    ]);

    // Deletion: p5's summaries are removed (owner connection), then p5's refresh runs.
    const db = await connect('owner');
    try {
      await db.query(`DELETE FROM reflection_summaries WHERE organisation_id = $1 AND participant_membership_id = $2`, [
        org.id,
        p5.membershipId,
      ]);
    } finally {
      await db.end();
    }
    expect(await rollupRows(org.id, p5.membershipId)).toBeGreaterThan(0);
    await gqlOk(CONSENT, { include: true }, p5.token);
    await eventually(async () => expect(await rollupRows(org.id, p5.membershipId)).toBe(0));
    // 4 participants left: below the threshold, the whole organisation is hidden now.
    expect((await report(hr.token)).groups[0]).toEqual({
      group: 'organisation',
      participants: null,
      averageSatisfaction: null,
      suppressed: true,
      themes: [],
    });

    // Removal by the admin: the member stops counting and the worker drops their rows.
    expect(await rollupRows(org.id, p4.membershipId)).toBeGreaterThan(0);
    await gqlOk(`mutation($id: ID!) { removeMember(membershipId: $id) { id } }`, { id: p4.membershipId }, org.admin.token);
    await eventually(async () => expect(await rollupRows(org.id, p4.membershipId)).toBe(0));
    expect(await rollupRows(org.id, p1.membershipId)).toBeGreaterThan(0);
  });

  it('is for HR and admins only, per organisation, with validated arguments', async () => {
    const [org, other] = await Promise.all([createOrganisation(), createOrganisation()]);
    const [participant, coach, otherHr, ...participants] = await Promise.all([
      org.addMember(['PARTICIPANT']),
      org.addMember(['COACH']),
      other.addMember(['HR']),
      ...Array.from({ length: 5 }, () => org.addMember(['PARTICIPANT'], { department: 'Ops' })),
    ]);
    await seedSummaries(
      org.id,
      participants.map((member) => ({ member, score: 7, themes: [['workload', 0.1]] })),
    );
    await Promise.all(participants.map((p) => gqlOk(CONSENT, { include: true }, p.token)));
    await eventually(async () => expect((await report(org.admin.token)).groups[0].participants).toBe(5));

    expect(errorCode(await gql(REPORT, { period }, participant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(REPORT, { period }, coach.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(REPORT, { period }))).toBe('UNAUTHENTICATED');
    // The other organisation's HR reads its own (empty) organisation only.
    expect(await report(otherHr.token, 'department')).toEqual({
      period,
      threshold: 5,
      suppressedCells: 1,
      groups: [{ group: 'organisation', participants: null, averageSatisfaction: null, suppressed: true, themes: [] }],
    });

    for (const bad of ['2026-Q5', '2026Q4', 'last quarter', "2026-Q4' OR 1=1 --"]) {
      expect(errorCode(await gql(REPORT, { period: bad }, org.admin.token))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await gql(REPORT, { period, groupBy: 'manager' }, org.admin.token))).toBe('BAD_USER_INPUT');
  });

  it('rebuilds rollups that no event refreshed in the daily reconcile', async () => {
    const org = await createOrganisation();
    const participants = await Promise.all(Array.from({ length: 5 }, () => org.addMember(['PARTICIPANT'])));
    await seedSummaries(
      org.id,
      participants.map((member) => ({ member, score: 6, themes: [['culture', 0.3]] })),
    );
    expect((await report(org.admin.token)).groups[0].participants).toBeNull();

    // What the daily scheduler runs: one reconcile job per organisation.
    await housekeeping.add('reconcile-rollups', { organisationId: null }, { jobId: `reconcile.${org.id}` });
    const reconciled = await eventually(async () => {
      const r = await report(org.admin.token);
      expect(r.groups[0].participants).toBe(5);
      return r;
    });
    expect(reconciled.groups[0]).toMatchObject({
      averageSatisfaction: 6,
      themes: [{ theme: 'culture', label: 'Culture', participants: 5, share: 1, averageSentiment: 0.3 }],
    });
  });
});
