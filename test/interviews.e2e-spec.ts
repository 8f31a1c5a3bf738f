import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, eventually, gql, gqlOk, statusForDeclaredBody, TEST_PASSWORD, testEnv } from '#testing';
import {
  ANSWER,
  answer,
  COMPLETE,
  CTA,
  createTemplate,
  GET,
  ownerQuery,
  PAUSE,
  personaAnswer,
  planReady,
  RESUME,
  SEED_MANDATORY,
  SET_LLM,
  START,
  start,
  turnCount,
} from './interviews.helpers.js';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const secondPerson = (q: string) =>
  q
    .replace(/\bam I\b/, 'are you')
    .replace(/\bdo I\b/, 'do you')
    .replace(/\bmy\b/g, 'your');

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A local OpenAI-compatible endpoint that fails every call (500) or never answers ('hang'). */
async function brokenProvider(mode: '500' | 'hang'): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    hits++;
    request.resume();
    if (mode === '500') response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, hits: () => hits };
}

describe('self-interviews over HTTP', () => {
  it('runs the seed persona through a whole interview: mandatory questions once, no repeats, pause/resume on another device, CTA, completion', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await createTemplate(coach.token);
    // The interviewer follows the research plan the worker writes for the template.
    await planReady(coach.token, template.id);

    const session = await start(participant, template.id);
    expect(session).toMatchObject({
      status: 'IN_PROGRESS',
      visibility: 'PRIVATE',
      templateVersion: template.version,
      participant: { id: participant.membershipId },
    });
    expect(session.template).toMatchObject({ id: template.id, version: template.version });
    expect(session.turns).toHaveLength(1);
    const opening = session.turns[0];
    expect(opening).toMatchObject({ role: 'INTERVIEWER', questionRef: 'mandatory:0', stage: 'current_situation' });
    expect(opening.content).toContain('Time to reflect on your career journey');
    // One question a turn: the coach's two-part question is asked part by part, in its own words.
    expect(opening.content).toContain(secondPerson(SEED_MANDATORY[0]!.split('?')[0]!));
    expect(session.currentQuestion.id).toBe(opening.id);
    const [audit] = await ownerQuery(
      `SELECT interviewer_provider, interviewer_model, interviewer_prompt_version FROM reflection_sessions WHERE id = $1`,
      [session.id],
    );
    expect(audit).toEqual({
      interviewer_provider: 'embedded',
      interviewer_model: 'embedded',
      interviewer_prompt_version: 'interview-turn@1',
    });

    const used = new Map<string, number>();
    let next = opening;
    let paused = false;
    let token = participant.token;
    const answers: string[] = [];
    for (let i = 0; i < 40 && next.questionRef !== 'closing'; i++) {
      const content = personaAnswer(next.stage, used);
      answers.push(content);
      const result = (await gqlOk(ANSWER, { id: session.id, content }, token)).answerReflection;
      expect(result.answer).toMatchObject({ role: 'PARTICIPANT', content, questionRef: next.questionRef });
      next = result.next;
      if (i === 2 && !paused) {
        // Leave, then continue from another device (a fresh login): the same pending question, no new turn.
        paused = true;
        const before = await turnCount(session.id);
        expect((await gqlOk(PAUSE, { id: session.id }, token)).pauseReflectionSession.pausedAt).not.toBeNull();
        const login = await gqlOk(
          `mutation($e: String!, $p: String!, $o: ID) { login(email: $e, password: $p, organisationId: $o) { accessToken } }`,
          {
            e: participant.email,
            p: TEST_PASSWORD,
            o: org.id,
          },
        );
        token = login.login.accessToken;
        const resumed = (await gqlOk(RESUME, { id: session.id }, token)).resumeReflectionSession;
        expect(resumed.pausedAt).toBeNull();
        expect(resumed.currentQuestion).toMatchObject({ id: next.id, content: next.content });
        expect(await turnCount(session.id)).toBe(before);
      }
    }
    expect(next.questionRef).toBe('closing');

    const final = (await gqlOk(GET, { id: session.id }, token)).reflectionSession;
    const interviewer = final.turns.filter((t: any) => t.role === 'INTERVIEWER');
    const participantTurns = final.turns.filter((t: any) => t.role === 'PARTICIPANT');
    expect(participantTurns.map((t: any) => t.content)).toEqual(answers);
    expect(final.turns.map((t: any) => t.role)).toEqual(
      final.turns.map((_: unknown, i: number) => (i % 2 === 0 ? 'INTERVIEWER' : 'PARTICIPANT')),
    );
    for (const [index, question] of SEED_MANDATORY.entries()) {
      const asked = interviewer.filter((t: any) => t.questionRef === `mandatory:${index}`);
      expect(asked).toHaveLength(1);
      expect(asked[0].content).toContain(secondPerson(question.split('?')[0]!));
    }
    expect(new Set(interviewer.map((t: any) => normalise(t.content))).size).toBe(interviewer.length);
    expect(interviewer.some((t: any) => t.questionRef.startsWith('followup:'))).toBe(true);
    expect(new Set(interviewer.map((t: any) => t.stage))).toEqual(
      new Set(['current_situation', 'strengths_value', 'gaps_growth', 'market_trends', 'goals_planning', 'actions_priorities', 'closing']),
    );
    const closing = interviewer[interviewer.length - 1];
    expect(closing).toMatchObject({ questionRef: 'closing', stage: 'closing', callToAction: CTA });
    expect(closing.content).toContain(CTA.text);
    expect(closing.content).toContain(CTA.url);
    expect(final.progress).toEqual({ stage: 'closing', stagesDone: 6, stagesTotal: 6, mandatoryAnswered: 3, mandatoryTotal: 3 });
    expect(final.currentQuestion).toBeNull();

    // After the closing turn an answer is still kept, and there is nothing more to ask.
    const extra = await answer(participant, session.id, 'One last thought: I am grateful for this.');
    expect(extra.next).toBeNull();

    const completed = (await gqlOk(COMPLETE, { id: session.id }, token)).completeReflectionSession;
    expect(completed).toMatchObject({ status: 'COMPLETED', summaryState: 'PENDING' });
    expect(completed.completedAt).not.toBeNull();
    const jobs = await ownerQuery(`SELECT job_name, payload FROM outbox_jobs WHERE organisation_id = $1 AND job_id = $2`, [
      org.id,
      `summary.${session.id}`,
    ]);
    expect(jobs).toEqual([{ job_name: 'write-summary', payload: { organisationId: org.id, sessionId: session.id } }]);
    expect(errorCode(await gql(ANSWER, { id: session.id, content: 'Too late?' }, token))).toBe('CONFLICT');
  });

  it.each(['500', 'hang'] as const)('still asks a next question when the organisation model fails mid-interview (%s)', async (mode) => {
    const provider = await brokenProvider(mode);
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await createTemplate(coach.token);
    await gqlOk(SET_LLM, { provider: 'openai', model: 'broken-model', baseUrl: provider.url }, org.admin.token);
    const session = await start(participant, template.id);
    const [audit] = await ownerQuery(`SELECT interviewer_provider, interviewer_model FROM reflection_sessions WHERE id = $1`, [session.id]);
    expect(audit).toEqual({ interviewer_provider: 'openai', interviewer_model: 'broken-model' });

    const startedAt = Date.now();
    // A vague answer calls for a model-written follow-up; the answer is committed before the model is asked.
    let settled = false;
    const pending = answer(participant, session.id, 'Not sure.').finally(() => (settled = true));
    if (mode === 'hang') {
      await eventually(async () => {
        const rows = await ownerQuery(
          `SELECT 1 FROM session_turns WHERE session_id = $1 AND role = 'PARTICIPANT' AND content = 'Not sure.'`,
          [session.id],
        );
        if (rows.length !== 1 || provider.hits() === 0) throw new Error('answer not yet stored');
      });
      expect(settled).toBe(false);
      // While the model thinks, no transaction holds the session: its row can be locked at once.
      expect(await ownerQuery(`SELECT id FROM reflection_sessions WHERE id = $1 FOR UPDATE NOWAIT`, [session.id])).toHaveLength(1);
    }
    const result = await pending;
    expect(provider.hits()).toBeGreaterThanOrEqual(1);
    expect(Date.now() - startedAt).toBeLessThan(12_000);
    expect(result.answer.content).toBe('Not sure.');
    expect(result.next).toMatchObject({ role: 'INTERVIEWER' });
    expect(result.next.content.length).toBeGreaterThan(10);
    const second = await answer(
      participant,
      session.id,
      'I build payment services and mentor two juniors, which I like, but I rarely get feedback.',
    );
    expect(second.next).toMatchObject({ role: 'INTERVIEWER' });
    // Both the failed calls and the embedded stand-in are metered for the organisation.
    const usage = await ownerQuery(
      `SELECT provider, outcome FROM llm_usage WHERE organisation_id = $1 AND task = 'interview-turn' ORDER BY created_at`,
      [org.id],
    );
    expect(usage).toContainEqual({ provider: 'openai', outcome: mode === 'hang' ? 'timeout' : 'error' });
    expect(usage).toContainEqual({ provider: 'embedded', outcome: 'ok' });
  });

  it('stores a retried answer once (argument or Idempotency-Key header) and refuses a key reused for another answer', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const session = await start(participant, (await createTemplate(coach.token)).id);
    const content = '  I lead the on-call rotation, and I like it.\n\nNot the nights though. 🙂  ';
    const first = await answer(participant, session.id, content, 'answer-1');
    const retry = await answer(participant, session.id, content, 'answer-1');
    expect(retry.answer.id).toBe(first.answer.id);
    expect(retry.next.id).toBe(first.next.id);
    const [stored] = await ownerQuery(`SELECT content FROM session_turns WHERE session_id = $1 AND idempotency_key = 'answer-1'`, [
      session.id,
    ]);
    expect(stored.content).toBe(content);
    expect(await turnCount(session.id)).toBe(3);

    const viaHeader = () =>
      gql(ANSWER, { id: session.id, content: 'Mentoring is the best part.' }, participant.token, { 'Idempotency-Key': 'answer-2' });
    const [a, b] = [(await viaHeader()).data!.answerReflection, (await viaHeader()).data!.answerReflection];
    expect(b.answer.id).toBe(a.answer.id);
    expect(await turnCount(session.id)).toBe(5);

    expect(errorCode(await gql(ANSWER, { id: session.id, content: 'Something else', key: 'answer-1' }, participant.token))).toBe(
      'CONFLICT',
    );
    expect(await turnCount(session.id)).toBe(5);
  });

  it('refuses answers that cannot be stored as typed, and stores nothing', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const session = await start(participant, (await createTemplate(coach.token)).id);
    // 100,000 characters still fit in the HTTP body limit (128 KiB), so GraphQL refuses them itself.
    for (const content of ['x'.repeat(8001), 'é'.repeat(9000), 'x'.repeat(100_000), '   ', 'nul \u0000 byte']) {
      const result = await gql(ANSWER, { id: session.id, content }, participant.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).not.toContain('éééé');
    }
    // Longer than the HTTP body limit: refused from the declared length alone with 413, before
    // any of the body is read (only the headers are sent, so the answer cannot race the upload).
    for (const bytes of [1024 * 1024, 3 * 1024 * 1024]) {
      expect(
        await statusForDeclaredBody(`${testEnv().WAYPOINT_TEST_API_URL}/graphql`, bytes, { authorization: `Bearer ${participant.token}` }),
      ).toBe(413);
    }
    expect(await turnCount(session.id)).toBe(1);
    const ok = await answer(participant, session.id, 'x'.repeat(8000));
    expect(ok.answer.content).toHaveLength(8000);
  });

  it('opens a repeat reflection with the previous satisfaction score and open action items', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await createTemplate(coach.token);
    const first = await start(participant, template.id);
    expect(first.turns[0].content).not.toContain('Last time');
    await answer(participant, first.id, "I'd rate my satisfaction 5 out of 10: I enjoy the technical work but miss mentorship.");
    await gqlOk(COMPLETE, { id: first.id }, participant.token);
    // The summary is written in the background; whatever it concluded, the test fixes score and actions.
    await eventually(async () => {
      const state = (await gqlOk(GET, { id: first.id }, participant.token)).reflectionSession.summaryState;
      if (state === 'PENDING' || state === 'RUNNING') throw new Error(`summary ${state}`);
    }, 30_000);
    await ownerQuery(
      `INSERT INTO reflection_summaries (organisation_id, session_id, participant_membership_id, overview, satisfaction_score, satisfaction_source, provider, model, prompt_version)
       VALUES ($1, $2, $3, 'Overview', 5.2, 'participant', 'embedded', 'embedded', 'summary@1')
       ON CONFLICT (organisation_id, session_id) DO UPDATE SET satisfaction_score = 5.2, satisfaction_source = 'participant'`,
      [org.id, first.id, participant.membershipId],
    );
    const [plan] = await ownerQuery(
      `INSERT INTO action_plans (organisation_id, session_id, participant_membership_id, state) VALUES ($1, $2, $3, 'READY')
       ON CONFLICT (organisation_id, session_id) DO UPDATE SET state = 'READY' RETURNING id`,
      [org.id, first.id, participant.membershipId],
    );
    await ownerQuery(
      `INSERT INTO action_items (organisation_id, action_plan_id, participant_membership_id, position, category, title, status)
       VALUES ($1, $2, $3, 100, 'SKILL_DEVELOPMENT', 'Enrol in a leadership programme', 'TODO'),
              ($1, $2, $3, 101, 'CAREER_POSITIONING', 'Publish a technical blog post', 'DONE')`,
      [org.id, plan.id, participant.membershipId],
    );

    const second = await start(participant, template.id);
    const openingText = second.turns[0].content as string;
    expect(openingText).toContain('you rated your satisfaction 5.2/10');
    expect(openingText).toContain('"Enrol in a leadership programme"');
    expect(openingText).not.toContain('Publish a technical blog post');
  });

  it('meets a risk to life with the resources first and a pause, continues when the participant wants to, and keeps it out of the logs', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    await ownerQuery(
      `UPDATE organisations SET settings = settings || '{"supportResources": "Call the Northwind wellbeing line on 0800 123 456 (24/7)."}' WHERE id = $1`,
      [org.id],
    );
    const session = await start(participant, (await createTemplate(coach.token)).id);
    const words = 'Honestly I feel hopeless lately, completely burnt out, and some nights I think about ending my life.';
    const result = await answer(participant, session.id, words);
    expect(result.next.questionRef).toBe('pause');
    expect(result.next.content.startsWith('Call the Northwind wellbeing line on 0800 123 456 (24/7).')).toBe(true);
    expect(result.next.content).toMatch(/I am an AI/);
    expect(result.next.content).not.toContain('?');
    expect(result.next.content).not.toContain('hopeless');
    expect(result.session.pausedAt).not.toBeNull();
    // It continues, gently, when the participant wants to.
    const after = await answer(participant, session.id, 'I would like to continue with the reflection.');
    expect(after.next.questionRef).not.toMatch(/^support|^pause/);
    expect(after.session.pausedAt).toBeNull();
    const logs = await import('node:fs/promises').then((fs) =>
      fs.readFile(`${testEnv().WAYPOINT_TEST_LOG_DIR}/api.log`, 'utf8').catch(() => ''),
    );
    expect(logs).not.toContain('ending my life');

    // The exchange is never summarised, so it can never become a theme, a score or an HR aggregate.
    await answer(participant, session.id, 'I enjoy mentoring juniors but I lack recognition from my manager.');
    await gqlOk(COMPLETE, { id: session.id }, participant.token);
    const summary = await eventually(async () => {
      const read = await gqlOk(
        `query($id: ID!) { reflectionSession(id: $id) { summaryState turns { id content } summary { overview strengthSources { turnIds } gapSources { turnIds } themes { key turnIds } } } }`,
        { id: session.id },
        participant.token,
      );
      if (read.reflectionSession.summaryState !== 'READY') throw new Error(`summary ${read.reflectionSession.summaryState}`);
      return read.reflectionSession;
    });
    const distressTurn = summary.turns.find((t: { content: string }) => t.content === words);
    const cited = [...summary.summary.strengthSources, ...summary.summary.gapSources, ...summary.summary.themes].flatMap(
      (c: { turnIds: string[] }) => c.turnIds,
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited).not.toContain(distressTurn.id);
    expect(summary.summary.overview).not.toMatch(/hopeless|ending my life/);
  });

  it('starts from an assignment: its scheduled session, or an early start of the next due date, never two at once', async () => {
    const org = await createOrganisation();
    const [coach, participant, other] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
    ]);
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: participant.membershipId },
      org.admin.token,
    );
    const template = await createTemplate(coach.token);
    const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const [assignment] = (
      await gqlOk(
        `mutation($input: AssignInput!) { assignTemplate(input: $input) { id nextDueAt } }`,
        {
          input: {
            templateId: template.id,
            participantMembershipIds: [participant.membershipId],
            cadence: 'QUARTERLY',
            startsAt,
            timezone: 'Europe/Berlin',
          },
        },
        coach.token,
      )
    ).assignTemplate;

    expect(errorCode(await gql(START, { assignmentId: assignment.id }, other.token))).toBe('NOT_FOUND');
    const early = (await gqlOk(START, { assignmentId: assignment.id }, participant.token)).startReflectionSession;
    expect(early).toMatchObject({ status: 'IN_PROGRESS', dueAt: assignment.nextDueAt });
    const again = (await gqlOk(START, { assignmentId: assignment.id }, participant.token)).startReflectionSession;
    expect(again.id).toBe(early.id);
    expect(again.turns).toHaveLength(1);
    await gqlOk(`mutation($id: ID!) { abandonReflectionSession(sessionId: $id) { id } }`, { id: early.id }, participant.token);

    // A session the scheduler materialised is the one that starts.
    const [scheduled] = await ownerQuery(
      `INSERT INTO reflection_sessions (organisation_id, participant_membership_id, template_id, template_version, assignment_id, due_at, status)
       VALUES ($1, $2, $3, 1, $4, now() - interval '1 day', 'SCHEDULED') RETURNING id`,
      [org.id, participant.membershipId, template.id, assignment.id],
    );
    const started = (await gqlOk(START, { assignmentId: assignment.id }, participant.token)).startReflectionSession;
    expect(started).toMatchObject({ id: scheduled.id, status: 'IN_PROGRESS' });
    expect(started.turns[0].role).toBe('INTERVIEWER');
  });

  it('validates how a session is started', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await createTemplate(coach.token);
    const personal = await createTemplate(coach.token, { title: 'Mine', primaryQuestion: 'What do I want?', personal: true });
    expect(errorCode(await gql(START, {}, participant.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(START, { templateId: template.id, assignmentId: template.id }, participant.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(START, { templateId: 'not-a-uuid' }, participant.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(START, { templateId: '00000000-0000-4000-8000-000000000000' }, participant.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(START, { templateId: personal.id }, participant.token))).toBe('NOT_FOUND');
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM reflection_sessions WHERE organisation_id = $1`, [org.id]))[0].n).toBe(0);
  });
});
