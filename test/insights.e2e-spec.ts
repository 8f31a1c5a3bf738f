import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { connect, createOrganisation, errorCode, eventually, freePort, gql, gqlOk, mailFor, ownerQuery, testEnv } from '#testing';
import { createTemplate, LATER_ANSWERS, PERSONA_ANSWERS, runInterview, waitForPlan, waitForSummary } from './insights.helpers.js';

const SUMMARY_SUBJECT = 'Subject: Your reflection summary';
const ASK = `mutation($q: String!, $ids: [ID!]) { askReflections(question: $q, sessionIds: $ids) { questionId answer model citations { sessionId turnId excerpt } } }`;
const SET_LLM = `mutation($provider: String!, $model: String, $baseUrl: String) { setOrganisationLlm(provider: $provider, model: $model, baseUrl: $baseUrl) { provider } }`;
const ITEM = `id category title rationale dueAt milestone successMetric status progress`;

// The worker's queues, reached directly to deliver a job a second time (as a crash or a retry would).
let redis: Redis;
let llmQueue: Queue;
let emailQueue: Queue;
beforeAll(() => {
  redis = new Redis(testEnv().REDIS_URL!, { maxRetriesPerRequest: null });
  llmQueue = new Queue('llm', { connection: redis, prefix: testEnv().QUEUE_PREFIX });
  emailQueue = new Queue('email', { connection: redis, prefix: testEnv().QUEUE_PREFIX });
});
afterAll(async () => {
  await Promise.all([llmQueue.close(), emailQueue.close()]);
  await redis.quit();
});

async function deliverAgain(queue: Queue, name: string, data: Record<string, unknown>, jobId: string): Promise<unknown> {
  await queue.add(name, data, { jobId });
  return eventually(async () => {
    const job = await Job.fromId(queue, jobId);
    if (!job || !(await job.isCompleted())) throw new Error(`${name} not completed yet`);
    return job.returnvalue;
  });
}

const summaryMails = async (email: string) => (await mailFor(email)).filter((m) => m.raw.includes(SUMMARY_SUBJECT));

async function summaryEmailJobs(organisationId: string): Promise<number> {
  const db = await connect('owner');
  try {
    return (
      await db.query(`SELECT count(*)::int AS n FROM outbox_jobs WHERE organisation_id = $1 AND job_name = 'send-summary-email'`, [
        organisationId,
      ])
    ).rows[0].n;
  } finally {
    await db.end();
  }
}

describe('Magic Summary', () => {
  it("summarises the seed interview with the participant's own 5, sourced themes, and emails it exactly once", async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    // An organisation theme: the summary is coded against the default taxonomy plus this.
    await gqlOk(
      `mutation { addTheme(key: "cloud_security", label: "Cloud and security", keywords: ["cloud", "security"]) { key } }`,
      {},
      org.admin.token,
    );
    const templateId = await createTemplate(participant.token, {
      sendSummaryEmail: true,
      closingCta: { text: 'Book a follow-up with your coach', url: 'https://coaching.example.test/book' },
    });
    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS);

    const session = await waitForSummary(participant, sessionId);
    const summary = session.summary;
    expect(summary.satisfactionScore).toBe(5);
    expect(summary.satisfactionSource).toBe('PARTICIPANT');
    expect(summary.satisfactionEstimated).toBe(false);
    expect(summary.model).toBe('embedded');
    const keys = summary.themes.map((t: { key: string }) => t.key);
    expect(keys.some((k: string) => k === 'mentorship' || k === 'leadership')).toBe(true);
    expect(keys).toContain('cloud_security');
    expect(summary.overview.length).toBeGreaterThan(20);
    expect(summary.strengths.length + summary.gaps.length).toBeGreaterThan(0);

    // Every claim cites participant turns of this very session.
    const participantTurns = new Set(
      session.turns.filter((t: { role: string }) => t.role === 'PARTICIPANT').map((t: { id: string }) => t.id),
    );
    const cited = [...summary.themes, ...summary.strengthSources, ...summary.gapSources].map((c: { turnIds: string[] }) => c.turnIds);
    expect(cited.length).toBeGreaterThan(0);
    for (const turnIds of cited) {
      expect(turnIds.length).toBeGreaterThan(0);
      for (const id of turnIds) expect(participantTurns.has(id)).toBe(true);
    }

    const [mail] = await eventually(async () => {
      const mails = await summaryMails(participant.email);
      if (!mails.length) throw new Error('no summary mail yet');
      return mails;
    });
    const body = mail!.raw.replace(/=\r?\n/g, '');
    expect(body).toContain('Book a follow-up with your coach: https://coaching.example.test/book');
    expect(body).toContain('5 out of 10 (your own rating)');
    // Both parts, and the link the deployment configured (SUMMARY_LINK_URL).
    expect(body).toMatch(/Content-Type: multipart\/alternative/i);
    expect(body).toMatch(/Content-Type: text\/plain/i);
    expect(body).toMatch(/Content-Type: text\/html/i);
    expect(body).toContain(`Read your full reflection: https://reflect.example.test/summaries/${sessionId}/from-email`);

    // A second delivery of both jobs (as after a crash): no second summary, no second email.
    expect(await deliverAgain(llmQueue, 'write-summary', { organisationId: org.id, sessionId }, `summary.${sessionId}.redelivered`)).toBe(
      'exists',
    );
    expect(
      await deliverAgain(emailQueue, 'send-summary-email', { organisationId: org.id, sessionId }, `summary-email.${sessionId}.redelivered`),
    ).toBe('duplicate');
    expect(await summaryMails(participant.email)).toHaveLength(1);
    expect(await summaryEmailJobs(org.id)).toBe(1);
    const again = await waitForSummary(participant, sessionId);
    expect(again.summary.createdAt).toBe(summary.createdAt);

    // A worker that stopped between claiming the email and recording it sent: the next delivery,
    // once the claim's lease has lapsed, sends it (at least once), with the same Message-ID.
    await ownerQuery(
      `UPDATE email_deliveries SET sent_at = NULL, message_id = NULL, claimed_at = now() - interval '10 minutes' WHERE organisation_id = $1 AND dedupe_key = $2`,
      [org.id, `summary.${sessionId}`],
    );
    expect(
      await deliverAgain(emailQueue, 'send-summary-email', { organisationId: org.id, sessionId }, `summary-email.${sessionId}.after-crash`),
    ).toBe('sent');
    const [first, second] = await eventually(async () => {
      const mails = await summaryMails(participant.email);
      if (mails.length < 2) throw new Error('no second mail yet');
      return mails;
    });
    const messageId = (raw: string) => /^Message-ID: (.+)$/im.exec(raw)?.[1];
    expect(messageId(second!.raw)).toBe(messageId(first!.raw));
    const [delivery] = await ownerQuery<{ attempts: number; sent: boolean }>(
      `SELECT attempts, sent_at IS NOT NULL AS sent FROM email_deliveries WHERE organisation_id = $1 AND dedupe_key = $2`,
      [org.id, `summary.${sessionId}`],
    );
    expect(delivery).toEqual({ attempts: 2, sent: true });
  });

  it('marks an estimated score as such, sends no email unless the template asks, and retries only a failed summary', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const templateId = await createTemplate(participant.token);
    // No self-rating anywhere in these answers: the score is an estimate, and says so.
    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS.slice(1, 4));
    const { summary } = await waitForSummary(participant, sessionId);
    expect(summary.satisfactionSource).toBe('ESTIMATED');
    expect(summary.satisfactionEstimated).toBe(true);
    expect(summary.satisfactionScore).toBeGreaterThanOrEqual(0);
    expect(summary.satisfactionScore).toBeLessThanOrEqual(10);
    const retry = await gql(
      `mutation($id: ID!) { retrySummary(sessionId: $id) { id summaryState } }`,
      { id: sessionId },
      participant.token,
    );
    expect(errorCode(retry)).toBe('CONFLICT');
    // The email job would have been recorded (outbox) in the transaction that stored the summary.
    expect(await summaryEmailJobs(org.id)).toBe(0);
    expect(await summaryMails(participant.email)).toHaveLength(0);
  });
});

describe('a summary that cannot be written', () => {
  it('is FAILED with a clear error when the model provider is down, and a retry by the owner writes it', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const templateId = await createTemplate(participant.token);
    const unreachable = `http://127.0.0.1:${await freePort()}/v1`;
    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS.slice(0, 4), async () => {
      await gqlOk(SET_LLM, { provider: 'openai', model: 'gpt-4o-mini', baseUrl: unreachable }, org.admin.token);
    });

    const failed = await eventually(async () => {
      const session = (
        await gqlOk(
          `query($id: ID!) { reflectionSession(id: $id) { summaryState summaryError summary { overview } } }`,
          { id: sessionId },
          participant.token,
        )
      ).reflectionSession;
      if (session.summaryState !== 'FAILED') throw new Error(`summary ${session.summaryState}`);
      return session;
    }, 30_000);
    expect(failed.summary).toBeNull();
    expect(failed.summaryError).toMatch(/summary could not be written/i);
    for (const answer of PERSONA_ANSWERS) expect(failed.summaryError).not.toContain(answer.slice(0, 30));
    expect(
      errorCode(await gql(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, participant.token)),
    ).toBe('CONFLICT');

    await gqlOk(`mutation { resetOrganisationLlm { overridden } }`, {}, org.admin.token);
    const retried = (
      await gqlOk(`mutation($id: ID!) { retrySummary(sessionId: $id) { summaryState summaryError } }`, { id: sessionId }, participant.token)
    ).retrySummary;
    expect(retried).toEqual({ summaryState: 'PENDING', summaryError: null });
    const session = await waitForSummary(participant, sessionId);
    expect(session.summary.satisfactionScore).toBe(5);
  });
});

describe("asking one's reflections and the action plan", () => {
  it("answers the seed's analysis questions from the participant's own turns, with citations", async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const templateId = await createTemplate(participant.token);
    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS);
    const session = await waitForSummary(participant, sessionId);
    const own = new Map(
      session.turns
        .filter((t: { role: string }) => t.role === 'PARTICIPANT')
        .map((t: { id: string; content: string }) => [t.id, t.content]),
    );

    for (const question of [
      'What themes emerge in my career satisfaction?',
      'What themes emerge in my career satisfaction and dissatisfaction patterns?',
      'What skill development and experience gaps are preventing me from achieving my career objectives?',
    ]) {
      const answer = (await gqlOk(ASK, { q: question }, participant.token)).askReflections;
      expect(answer.model).toBe('embedded');
      expect(answer.citations.length).toBeGreaterThan(0);
      for (const citation of answer.citations) {
        expect(citation.sessionId).toBe(sessionId);
        expect(own.get(citation.turnId)).toContain(citation.excerpt);
      }
    }
    const themes = (await gqlOk(ASK, { q: 'What themes emerge in my career satisfaction?', ids: [sessionId] }, participant.token))
      .askReflections;
    expect(themes.answer).toMatch(/mentorship|leadership/i);

    const history = (await gqlOk(`{ myInsightQuestions { id question answer citations { turnId } sessionIds } }`, {}, participant.token))
      .myInsightQuestions;
    expect(history).toHaveLength(4);
    expect(history[0].id).toBe(themes.questionId);
    expect(history[0].sessionIds).toEqual([sessionId]);

    expect(errorCode(await gql(ASK, { q: 'x' }, participant.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(ASK, { q: 'What themes?', ids: ['not-an-id'] }, participant.token))).toBe('BAD_USER_INPUT');
  });

  it('turns the summary into a dated plan that the participant tracks, edits and extends', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const templateId = await createTemplate(participant.token);

    // No summary yet (the session is still in progress): CONFLICT.
    const open = (await gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: templateId }, participant.token))
      .startReflectionSession.id;
    expect(errorCode(await gql(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: open }, participant.token))).toBe(
      'CONFLICT',
    );

    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS);
    await waitForSummary(participant, sessionId);
    const requested = (
      await gqlOk(
        `mutation($id: ID!) { generateActionPlan(sessionId: $id) { id state items { id } } }`,
        { id: sessionId },
        participant.token,
      )
    ).generateActionPlan;
    expect(requested.state).toBe('PENDING');
    const plan = await waitForPlan(participant, sessionId);
    expect(plan.state).toBe('READY');
    expect(plan.id).toBe(requested.id);
    expect(plan.items.length).toBeGreaterThanOrEqual(3);
    expect(plan.items.length).toBeLessThanOrEqual(8);
    for (const item of plan.items) {
      expect(['SKILL_DEVELOPMENT', 'CAREER_POSITIONING', 'OPPORTUNITY_CREATION', 'CAREER_MANAGEMENT']).toContain(item.category);
      expect(new Date(item.dueAt).getTime()).toBeGreaterThan(Date.now());
      expect(item.title && item.rationale && item.milestone && item.successMetric).toBeTruthy();
      expect(item).toMatchObject({ status: 'TODO', progress: 0 });
    }

    const [first, second] = plan.items;
    const update = `mutation($id: ID!, $status: ActionStatus, $progress: Int) { updateActionItem(id: $id, status: $status, progress: $progress) { ${ITEM} } }`;
    for (const progress of [101, -1]) {
      expect(errorCode(await gql(update, { id: first.id, status: 'DONE', progress }, participant.token))).toBe('BAD_USER_INPUT');
    }
    expect(
      errorCode(await gql(`mutation($id: ID!) { updateActionItem(id: $id, progress: 12.5) { id } }`, { id: first.id }, participant.token)),
    ).toBe('BAD_USER_INPUT');
    const unchanged = (await gqlOk(`{ myActionItems { ${ITEM} } }`, {}, participant.token)).myActionItems.find(
      (i: { id: string }) => i.id === first.id,
    );
    expect(unchanged).toMatchObject({ status: 'TODO', progress: 0 });

    expect((await gqlOk(update, { id: first.id, status: 'IN_PROGRESS', progress: 40 }, participant.token)).updateActionItem).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 40,
    });
    expect((await gqlOk(update, { id: first.id, status: 'DONE' }, participant.token)).updateActionItem).toMatchObject({
      status: 'DONE',
      progress: 100,
    });
    expect(
      (await gqlOk(`mutation($id: ID!) { dropActionItem(id: $id) { status } }`, { id: second.id }, participant.token)).dropActionItem
        .status,
    ).toBe('DROPPED');
    const edited = (
      await gqlOk(
        `mutation($id: ID!, $i: ActionItemPatchInput!) { editActionItem(id: $id, input: $i) { ${ITEM} } }`,
        { id: second.id, i: { title: 'Speak at one engineering meetup', milestone: null } },
        participant.token,
      )
    ).editActionItem;
    expect(edited).toMatchObject({ title: 'Speak at one engineering meetup', milestone: null, category: second.category });

    const added = (
      await gqlOk(
        `mutation($s: ID, $i: ActionItemInput!) { addActionItem(sessionId: $s, input: $i) { ${ITEM} } }`,
        {
          s: sessionId,
          i: {
            category: 'CAREER_POSITIONING',
            title: 'Start a technical blog',
            dueAt: '2030-01-31T00:00:00.000Z',
            successMetric: 'Four posts published',
          },
        },
        participant.token,
      )
    ).addActionItem;
    expect(added).toMatchObject({ status: 'TODO', progress: 0, title: 'Start a technical blog' });
    expect(
      errorCode(
        await gql(
          `mutation($i: ActionItemInput!) { addActionItem(input: $i) { id } }`,
          { i: { category: 'CAREER_POSITIONING', title: 'x' } },
          participant.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    const comment = (
      await gqlOk(
        `mutation($id: ID!) { commentOnActionItem(id: $id, body: "Booked the course") { id body author { id } } }`,
        { id: first.id },
        participant.token,
      )
    ).commentOnActionItem;
    expect(comment.author.id).toBe(participant.membershipId);

    const done = (await gqlOk(`{ myActionItems(status: DONE) { id comments { body } } }`, {}, participant.token)).myActionItems;
    expect(done).toEqual([{ id: first.id, comments: [{ body: 'Booked the course' }] }]);
    const all = (await waitForPlan(participant, sessionId)).items;
    expect(all).toHaveLength(plan.items.length + 1);

    // Regenerating (twice in a row: one request while the first is pending) replaces the untouched
    // generated items; the participant's own work stays: started, dropped, commented or added by hand.
    const generate = `mutation($id: ID!) { generateActionPlan(sessionId: $id) { id state } }`;
    const [again, twice] = [
      (await gqlOk(generate, { id: sessionId }, participant.token)).generateActionPlan,
      (await gqlOk(generate, { id: sessionId }, participant.token)).generateActionPlan,
    ];
    expect(again).toEqual({ id: plan.id, state: 'PENDING' });
    expect(twice.id).toBe(plan.id);
    const kept = [first.id, second.id, added.id];
    const untouched = all.filter((old: { id: string }) => !kept.includes(old.id)).map((old: { id: string }) => old.id);
    expect(untouched.length).toBeGreaterThan(0);
    const regenerated = await eventually(async () => {
      const next = await waitForPlan(participant, sessionId);
      if (next.state !== 'READY' || next.items.some((i: { id: string }) => untouched.includes(i.id)))
        throw new Error('untouched items still there');
      return next;
    });
    const ids = regenerated.items.map((i: { id: string }) => i.id);
    expect(ids.filter((id: string) => kept.includes(id)).sort()).toEqual([...kept].sort());
    expect(regenerated.items.find((i: { id: string }) => i.id === added.id).manual).toBe(true);
    const fresh = regenerated.items.filter((i: { id: string }) => !kept.includes(i.id));
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    expect(fresh.length).toBeLessThanOrEqual(8);
    expect(fresh.every((i: { manual: boolean; status: string }) => !i.manual && i.status === 'TODO')).toBe(true);
  });
});

describe('trends', () => {
  it('tracks satisfaction and themes gained and lost across two completed sessions', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const templateId = await createTemplate(participant.token);
    const first = await runInterview(participant, templateId, PERSONA_ANSWERS);
    const firstSummary = (await waitForSummary(participant, first)).summary;
    const second = await runInterview(participant, templateId, LATER_ANSWERS);
    const secondSummary = (await waitForSummary(participant, second)).summary;

    const { satisfactionTrend: trend, themeChanges: changes } = await gqlOk(
      `{ satisfactionTrend { sessionId completedAt satisfactionScore satisfactionSource themes } themeChanges { fromSessionId toSessionId gained lost kept satisfactionChange } }`,
      {},
      participant.token,
    );
    expect(trend.map((p: { sessionId: string }) => p.sessionId)).toEqual([first, second]);
    expect(trend.map((p: { satisfactionScore: number }) => p.satisfactionScore)).toEqual([5, 8.7]);
    expect(new Date(trend[0].completedAt).getTime()).toBeLessThanOrEqual(new Date(trend[1].completedAt).getTime());
    const before: string[] = firstSummary.themes.map((t: { key: string }) => t.key);
    const after: string[] = secondSummary.themes.map((t: { key: string }) => t.key);
    expect(trend[0].themes).toEqual(before);
    expect(trend[1].themes).toEqual(after);

    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ fromSessionId: first, toSessionId: second, satisfactionChange: 3.7 });
    expect(changes[0].gained).toEqual(after.filter((k) => !before.includes(k)));
    expect(changes[0].lost).toEqual(before.filter((k) => !after.includes(k)));
    expect(changes[0].gained.length + changes[0].lost.length).toBeGreaterThan(0);
  });
});

describe('theme taxonomy', () => {
  it('lists the default themes for everyone and lets only an admin add one', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const add = `mutation($k: String!, $l: String!, $w: [String!]!) { addTheme(key: $k, label: $l, keywords: $w) { key label keywords custom } }`;
    expect(errorCode(await gql(add, { k: 'relocation', l: 'Relocation', w: ['relocate'] }, participant.token))).toBe('FORBIDDEN');
    expect((await gqlOk(add, { k: 'relocation', l: 'Relocation', w: ['Relocate', 'moving abroad'] }, org.admin.token)).addTheme).toEqual({
      key: 'relocation',
      label: 'Relocation',
      keywords: ['relocate', 'moving abroad'],
      custom: true,
    });
    expect(errorCode(await gql(add, { k: 'relocation', l: 'Again', w: [] }, org.admin.token))).toBe('CONFLICT');
    expect(errorCode(await gql(add, { k: 'mentorship', l: 'Mine', w: [] }, org.admin.token))).toBe('CONFLICT');
    expect(errorCode(await gql(add, { k: 'Bad Key!', l: 'Bad', w: [] }, org.admin.token))).toBe('BAD_USER_INPUT');

    const taxonomy = (await gqlOk(`{ themeTaxonomy { key custom } }`, {}, participant.token)).themeTaxonomy;
    expect(taxonomy.map((t: { key: string }) => t.key)).toEqual(
      expect.arrayContaining(['mentorship', 'leadership', 'work_life_balance', 'relocation']),
    );
    const other = await createOrganisation();
    expect(
      (await gqlOk(`{ themeTaxonomy { key } }`, {}, other.admin.token)).themeTaxonomy.map((t: { key: string }) => t.key),
    ).not.toContain('relocation');
  });
});
