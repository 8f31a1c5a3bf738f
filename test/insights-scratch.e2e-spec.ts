// TEMPORARY development check (deleted before hand-off): sessions inserted directly.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { connect, createOrganisation, errorCode, eventually, gql, gqlOk, mailFor, testEnv, waitForMail } from '#testing';

const answers = [
  "I'm a mid-level software engineer, stuck in my current role and unsure about my career direction. I'd say 5 out of 10.",
  'I enjoy the technical challenges, but I am frustrated by the lack of mentorship and the lack of leadership opportunities.',
  'Strong problem-solving and system design skills, and a natural teaching ability when I explain designs to junior developers.',
  'I have no formal leadership experience, and limited visibility to senior leadership.',
];

let redis: Redis;
let queue: Queue;
beforeAll(() => {
  redis = new Redis(testEnv().REDIS_URL!, { maxRetriesPerRequest: null });
  queue = new Queue('llm', { connection: redis, prefix: testEnv().QUEUE_PREFIX });
});
afterAll(async () => {
  await queue.close();
  await redis.quit();
});

async function insertSession(orgId: string, membershipId: string, templateId: string, daysAgo: number, texts: string[]): Promise<string> {
  const db = await connect('owner');
  try {
    const sessionId = randomUUID();
    await db.query(
      `INSERT INTO reflection_sessions (id, organisation_id, participant_membership_id, template_id, template_version, status, summary_state, started_at, completed_at)
       VALUES ($1, $2, $3, $4, 1, 'COMPLETED', 'PENDING', now() - make_interval(days => $5), now() - make_interval(days => $5))`,
      [sessionId, orgId, membershipId, templateId, daysAgo],
    );
    let seq = 0;
    for (const text of texts) {
      await db.query(`INSERT INTO session_turns (organisation_id, session_id, seq, role, content) VALUES ($1, $2, $3, 'INTERVIEWER', 'Tell me more?')`, [orgId, sessionId, seq++]);
      await db.query(`INSERT INTO session_turns (organisation_id, session_id, seq, role, content) VALUES ($1, $2, $3, 'PARTICIPANT', $4)`, [orgId, sessionId, seq++, text]);
    }
    return sessionId;
  } finally {
    await db.end();
  }
}

async function summaryRows(orgId: string, sessionId: string) {
  const db = await connect('owner');
  try {
    const s = await db.query(`SELECT summary_state, summary_error FROM reflection_sessions WHERE id = $1`, [sessionId]);
    const r = await db.query(`SELECT * FROM reflection_summaries WHERE organisation_id = $1 AND session_id = $2`, [orgId, sessionId]);
    return { state: s.rows[0], summaries: r.rows };
  } finally {
    await db.end();
  }
}

describe('insights (scratch)', () => {
  it('summary job, email once, ask, plan, trend', async () => {
    const org = await createOrganisation();
    const p = await org.addMember(['PARTICIPANT']);
    const t = await gqlOk<any>(
      `mutation($i: TemplateInput!) { createReflectionTemplate(input: $i) { id } }`,
      { i: { title: 'Career check-in', primaryQuestion: 'How satisfied am I with my career?', sendSummaryEmail: true, closingCta: { text: 'Book a call', url: 'https://example.test/book' } } },
      org.admin.token,
    );
    const sessionId = await insertSession(org.id, p.membershipId, t.createReflectionTemplate.id, 90, answers);
    await queue.add('write-summary', { organisationId: org.id, sessionId }, { jobId: `summary.${sessionId}` });
    const done = await eventually(async () => {
      const rows = await summaryRows(org.id, sessionId);
      if (rows.state.summary_state !== 'READY') throw new Error(JSON.stringify(rows.state));
      return rows;
    });
    console.log(JSON.stringify(done.summaries[0], null, 1));
    const mails = await waitForMail(p.email, 2);

    const second = await queue.add('write-summary', { organisationId: org.id, sessionId }, { jobId: `summary.${sessionId}.again` });
    await eventually(async () => {
      if (!(await second.isCompleted())) throw new Error('not yet');
    });
    const email2 = await queue.add('send-summary-email', { organisationId: org.id, sessionId }, { jobId: `summary-email.${sessionId}.again` });
    expect((await summaryRows(org.id, sessionId)).summaries).toHaveLength(1);
    expect((await mailFor(p.email)).filter((m) => m.raw.includes('Subject: Your reflection summary'))).toHaveLength(1);

    const ask = await gqlOk<any>(`mutation { askReflections(question: "What themes emerge in my career satisfaction and dissatisfaction patterns?") { answer model citations { sessionId turnId excerpt } } }`, {}, p.token);
    console.log(JSON.stringify(ask, null, 1));
    const ask2 = await gqlOk<any>(`mutation { askReflections(question: "What skill development and experience gaps are preventing me from achieving my career objectives?") { answer citations { sessionId turnId excerpt } } }`, {}, p.token);
    console.log(JSON.stringify(ask2, null, 1));
    const plan = await gqlOk<any>(`mutation($s: ID!) { generateActionPlan(sessionId: $s) { id state items { id } } }`, { s: sessionId }, p.token);
    expect(plan.generateActionPlan.state).toBe('PENDING');
    const items = await eventually(async () => {
      const r = await gqlOk<any>(`{ myActionItems { id title category dueAt milestone successMetric status progress sessionId } }`, {}, p.token);
      if (r.myActionItems.length < 3) throw new Error('no items');
      return r.myActionItems;
    });
    console.log(JSON.stringify(items, null, 1));
    const bad = await gql(`mutation($id: ID!) { updateActionItem(id: $id, progress: 101) { id progress } }`, { id: items[0].id }, p.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const ok = await gqlOk<any>(`mutation($id: ID!) { updateActionItem(id: $id, progress: 40, status: IN_PROGRESS) { id progress status comments { id } } }`, { id: items[0].id }, p.token);
    expect(ok.updateActionItem.progress).toBe(40);
    const c = await gqlOk<any>(`mutation($id: ID!) { commentOnActionItem(id: $id, body: "Started!") { id body author { id } } }`, { id: items[0].id }, p.token);
    expect(c.commentOnActionItem.author.id).toBe(p.membershipId);

    const second2 = await insertSession(org.id, p.membershipId, t.createReflectionTemplate.id, 1, [
      'Things improved: I would rate it 8 out of 10 now.',
      'I lead a small team and enjoy mentoring junior developers; the work feels meaningful and has real impact.',
    ]);
    await queue.add('write-summary', { organisationId: org.id, sessionId: second2 }, { jobId: `summary.${second2}` });
    const trend = await eventually(async () => {
      const r = await gqlOk<any>(`{ satisfactionTrend { sessionId completedAt satisfactionScore satisfactionSource themes } themeChanges { gained lost kept satisfactionChange } }`, {}, p.token);
      if (r.satisfactionTrend.length < 2) throw new Error('1 point');
      return r;
    });
    console.log(JSON.stringify(trend, null, 1));
    const other = await org.addMember(['PARTICIPANT']);
    expect(errorCode(await gql(`mutation($s: [ID!]) { askReflections(question: "What themes?", sessionIds: $s) { answer } }`, { s: [sessionId] }, other.token))).toBe('NOT_FOUND');
    expect((await gqlOk<any>(`{ satisfactionTrend { sessionId } }`, {}, org.admin.token)).satisfactionTrend).toEqual([]);
    void email2;
  });
});
