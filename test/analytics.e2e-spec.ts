import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { quarterOf } from '#analytics/periods';
import { connect, createOrganisation, errorCode, eventually, gql, gqlOk, type TestMember, testEnv } from '#testing';

// The whole path: reflections through the api, summaries and rollups written by the worker, the
// HR report read over HTTP.

const REPORT = `query($period: String!, $groupBy: String) { developmentThemes(period: $period, groupBy: $groupBy) {
  period threshold suppressedCells groups { group participants averageSatisfaction suppressed themes { theme participants share }
  satisfaction { estimated participants average suppressed suppressionReason } } } }`;
const period = quarterOf(new Date());
const ANSWERS = [
  "I'd rate my satisfaction 7 out of 10. My workload is heavy, with long hours and tight deadlines.",
  'I want more learning: training courses and a conference would help me grow my skills.',
];

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

/** Start, answer, complete; then wait for the worker's summary. */
async function reflect(member: TestMember, templateId: string): Promise<void> {
  const started = await gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: templateId }, member.token);
  const sessionId = started.startReflectionSession.id;
  for (const content of ANSWERS) {
    await gqlOk(
      `mutation($s: ID!, $c: String!) { answerReflection(sessionId: $s, content: $c) { answer { id } } }`,
      { s: sessionId, c: content },
      member.token,
    );
  }
  await gqlOk(`mutation($s: ID!) { completeReflectionSession(sessionId: $s) { id } }`, { s: sessionId }, member.token);
  await eventually(async () => {
    const { reflectionSession } = await gqlOk(
      `query($s: ID!) { reflectionSession(id: $s) { summaryState } }`,
      { s: sessionId },
      member.token,
    );
    expect(reflectionSession.summaryState).toBe('READY');
  }, 45_000);
}

const report = async (token: string, groupBy: string | null = null) => (await gqlOk(REPORT, { period, groupBy }, token)).developmentThemes;

async function rollupRows(organisationId: string, membershipId: string): Promise<number> {
  const db = await connect('owner');
  try {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM analytics_participant_periods WHERE organisation_id = $1 AND participant_membership_id = $2`,
      [organisationId, membershipId],
    );
    return rows[0].n;
  } finally {
    await db.end();
  }
}

describe('HR development themes over the real flow', () => {
  it('shows the organisation and hides departments of 4 and 2; opt-out and deletion lower the counts; only HR and admins, per organisation', async () => {
    const [org, other] = await Promise.all([createOrganisation(), createOrganisation()]);
    const [hr, coach, otherHr, ...participants] = await Promise.all([
      org.addMember(['HR']),
      org.addMember(['COACH']),
      other.addMember(['HR']),
      ...['Engineering', 'Engineering', 'Engineering', 'Engineering', 'Sales', 'Sales'].map((department) =>
        org.addMember(['PARTICIPANT'], { department }),
      ),
    ]);
    const template = await gqlOk(
      `mutation($i: TemplateInput!) { createReflectionTemplate(input: $i) { id } }`,
      { i: { title: 'Quarterly check-in', primaryQuestion: 'How is your work going, and where do you want to grow?' } },
      org.admin.token,
    );
    await Promise.all(participants.map((p) => reflect(p, template.createReflectionTemplate.id)));

    // Rollups are refreshed by the worker after each summary.
    const whole = await eventually(async () => {
      const r = await report(hr.token, 'department');
      expect(r.groups[0].participants).toBe(6);
      return r;
    }, 30_000);
    expect(whole.threshold).toBe(5);
    expect(whole.groups[0]).toMatchObject({ group: 'organisation', participants: 6, suppressed: false });
    // Everyone said "7 out of 10": the summaries keep it as their own rating, and HR sees it as such.
    expect(whole.groups[0].averageSatisfaction).toBe(7);
    expect(whole.groups[0].satisfaction).toEqual([
      { estimated: false, participants: 6, average: 7, suppressed: false, suppressionReason: null },
      { estimated: true, participants: null, average: null, suppressed: true, suppressionReason: 'SIZE' },
    ]);
    for (const cell of whole.groups[0].themes) expect(cell.participants).toBeGreaterThanOrEqual(5);
    // 4 and 2 are below 5, and 6 - 4 = 2 would reveal Sales: both departments are hidden.
    expect(whole.groups.slice(1)).toEqual([
      { group: 'Engineering', participants: null, averageSatisfaction: null, suppressed: true, themes: [], satisfaction: [] },
      { group: 'Sales', participants: null, averageSatisfaction: null, suppressed: true, themes: [], satisfaction: [] },
    ]);

    expect(errorCode(await gql(REPORT, { period }, participants[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(REPORT, { period }, coach.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(REPORT, { period: '2026-13' }, hr.token))).toBe('BAD_USER_INPUT');
    expect((await report(otherHr.token, 'department')).groups).toEqual([
      { group: 'organisation', participants: null, averageSatisfaction: null, suppressed: true, themes: [], satisfaction: [] },
    ]);

    // Opt-out: 5 left.
    const leaving = participants[5];
    await gqlOk(`mutation { setAggregateConsent(include: false) { id } }`, {}, leaving.token);
    await eventually(async () => expect((await report(hr.token)).groups[0].participants).toBe(5));
    await eventually(async () => expect(await rollupRows(org.id, leaving.membershipId)).toBe(0));

    // Deletion: the participant's summaries are deleted (owner connection), then the refresh job
    // that a deletion enqueues runs. 4 left, below 5: shown once the admin lowers the threshold to 3.
    const deleted = participants[4];
    const db = await connect('owner');
    try {
      await db.query(`DELETE FROM reflection_summaries WHERE organisation_id = $1 AND participant_membership_id = $2`, [
        org.id,
        deleted.membershipId,
      ]);
    } finally {
      await db.end();
    }
    await housekeeping.add(
      'refresh-participant-rollup',
      { organisationId: org.id, participantMembershipId: deleted.membershipId },
      { jobId: `rollup.${deleted.membershipId}.deleted` },
    );
    await eventually(async () => expect(await rollupRows(org.id, deleted.membershipId)).toBe(0));
    expect((await report(hr.token)).groups[0]).toMatchObject({ participants: null, suppressed: true });
    await gqlOk(`mutation { setAnonymityThreshold(threshold: 3) { id } }`, {}, org.admin.token);
    expect((await report(hr.token)).groups[0]).toMatchObject({ participants: 4, suppressed: false });
  });
});
