import { describe, expect, it } from '@jest/globals';
import { asTenant, createOrganisation, eventually, gqlOk, mailFor, ownerQuery, type TestMember } from '#testing';
import { waitForPlan } from './insights.helpers.js';
import { answer, CAREER_TEMPLATE, createTemplate, personaAnswer, start } from './interviews.helpers.js';

// Insights faithful to what was said, over GraphQL against the real api, worker and database.

const RESOURCES = 'Call the Northwind wellbeing line on 0800 123 456 (24/7).';
const DISTRESS_WORDS = /burnt out|four hours|sleep|drowning|can't keep going/i;
const ASKS_RATING = /scale|0 to 10|out of 10/i;
const SUMMARY = `summaryState summaryError summary {
  overview satisfactionScore satisfactionSource satisfactionTurnId strengths gaps opportunities suggestedActions
  themes { key turnIds } strengthSources { text turnIds } gapSources { text turnIds } commitments { text turnIds when }
  strain { acknowledgement turnIds supportResources } }`;

/** Answers whatever the interviewer asks with `pick`, until it has nothing more to ask; then completes. */
async function interview(
  member: TestMember,
  templateId: string,
  pick: (question: string, stage: string | null) => string,
): Promise<string> {
  const current = (await start(member, templateId)) as { id: string; currentQuestion: { content: string; stage: string | null } | null };
  const sessionId = current.id;
  let question = current.currentQuestion;
  for (let i = 0; i < 40 && question; i++) {
    const reply = await answer(member, sessionId, pick(question.content, question.stage));
    question = reply.next && reply.session.status === 'IN_PROGRESS' && !reply.session.pausedAt ? reply.next : null;
  }
  await gqlOk(`mutation($id: ID!) { completeReflectionSession(sessionId: $id) { id } }`, { id: sessionId }, member.token);
  return sessionId;
}

async function summaryOf(member: TestMember, sessionId: string): Promise<any> {
  return eventually(async () => {
    const session = (
      await gqlOk(
        `query($id: ID!) { reflectionSession(id: $id) { ${SUMMARY} turns { id role content } } }`,
        { id: sessionId },
        member.token,
      )
    ).reflectionSession;
    if (session.summaryState === 'FAILED') throw new Error(`summary FAILED: ${session.summaryError}`);
    if (session.summaryState !== 'READY' || !session.summary) throw new Error(`summary ${session.summaryState}`);
    return session;
  }, 30_000);
}

const turnIdsWith = async (sessionId: string, where: string): Promise<string[]> =>
  (await ownerQuery<{ id: string }>(`SELECT id FROM session_turns WHERE session_id = $1 AND ${where} ORDER BY seq`, [sessionId])).map(
    (r) => r.id,
  );

describe('insights are faithful to what was said', () => {
  it("acknowledges the burnt-out participant's strain and workload for her alone: never for her coach, HR, an email or a job", async () => {
    const org = await createOrganisation();
    const [coach, hr, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['HR']), org.addMember(['PARTICIPANT'])]);
    await ownerQuery(`UPDATE organisations SET settings = settings || jsonb_build_object('supportResources', $2::text) WHERE id = $1`, [
      org.id,
      RESOURCES,
    ]);
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: participant.membershipId },
      org.admin.token,
    );
    const template = await createTemplate(coach.token, { ...CAREER_TEMPLATE, mandatoryQuestions: [], sendSummaryEmail: true });

    // She rates her work a 4, drifts to her commute, then says she is burnt out, and stops.
    const said: string[] = [];
    const DRIFT = "It's going ok I guess. The commute is brutal though, an hour each way on the train, and my running club keeps me sane.";
    const BURNOUT =
      "Honestly I'm completely burnt out. I sleep four hours a night, the workload is unmanageable and I can't keep going like this.";
    const sessionId = await interview(participant, template.id, (question) => {
      const next =
        ASKS_RATING.test(question) && !said.includes('4')
          ? '4'
          : !said.includes(DRIFT)
            ? DRIFT
            : !said.includes(BURNOUT)
              ? BURNOUT
              : "I'm done for today.";
      said.push(next);
      return next;
    });
    expect(said.slice(0, 3).sort()).toEqual(['4', BURNOUT, DRIFT].sort());

    const mine = await summaryOf(participant, sessionId);
    const sensitive = await turnIdsWith(sessionId, `sensitive AND role = 'PARTICIPANT'`);
    expect(sensitive.length).toBeGreaterThan(0);
    // For her: the strain and the workload she described, in caring words, with the organisation's support.
    expect(mine.summary.strain.acknowledgement).toMatch(/burnt out/);
    expect(mine.summary.strain.acknowledgement).toMatch(/workload is unmanageable/);
    expect(mine.summary.strain.supportResources).toBe(RESOURCES);
    expect(sensitive).toEqual(expect.arrayContaining(mine.summary.strain.turnIds));
    // Nothing else in the summary is drawn from the distress exchange, nor is her drift a concern.
    const { strain, ...rest } = mine.summary;
    expect(JSON.stringify(rest)).not.toMatch(DISTRESS_WORDS);
    expect(JSON.stringify(rest)).not.toMatch(/commute|running club/i);
    for (const id of sensitive) expect(JSON.stringify(rest)).not.toContain(id);
    expect(rest).toMatchObject({ satisfactionScore: 4, satisfactionSource: 'PARTICIPANT' });

    // Her coach, once she shares: the summary, without the strain note or the distress turns.
    await gqlOk(
      `mutation($id: ID!, $c: [ID!]!) { shareReflection(sessionId: $id, coachMembershipIds: $c) { id } }`,
      { id: sessionId, c: [coach.membershipId] },
      participant.token,
    );
    const coachView = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { ${SUMMARY} turns { id role content } } }`, { id: sessionId }, coach.token)
    ).reflectionSession;
    expect(coachView.summary.overview).toBe(mine.summary.overview);
    expect(coachView.summary.strain).toBeNull();
    expect(JSON.stringify(coachView)).not.toMatch(DISTRESS_WORDS);
    expect(coachView.turns.length).toBeLessThan(mine.turns.length);
    // Row-level security keeps the note from any user but its owner, whatever a query asks for.
    expect((await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM strain_notes WHERE session_id = $1`, [sessionId]))[0]!.n).toBe(
      1,
    );
    for (const member of [coach, hr, org.admin]) expect(await noteCountAs(member.userId, org.id, sessionId)).toBe(0);
    expect(await noteCountAs(participant.userId, org.id, sessionId)).toBe(1);

    // HR aggregates are built from the summary's themes and score only: none cites the exchange.
    const stored = (
      await ownerQuery(
        `SELECT themes, strengths, gaps, opportunities, suggested_actions, commitments FROM reflection_summaries WHERE session_id = $1`,
        [sessionId],
      )
    )[0];
    for (const id of sensitive) expect(JSON.stringify(stored)).not.toContain(id);
    const rollup = await ownerQuery(`SELECT theme_key FROM analytics_participant_themes WHERE organisation_id = $1`, [org.id]);
    expect(rollup.map((r) => r.theme_key).sort()).toEqual([...new Set(mine.summary.themes.map((t: { key: string }) => t.key))].sort());

    // Neither the email nor any job payload carries it.
    const mails = await eventually(async () => {
      const found = await mailFor(participant.email);
      if (!found.length) throw new Error('no summary email yet');
      return found;
    }, 20_000);
    for (const mail of mails) expect(mail.raw.replace(/=\r?\n/g, '')).not.toMatch(DISTRESS_WORDS);
    const payloads = await ownerQuery(`SELECT payload::text AS p FROM outbox_jobs WHERE organisation_id = $1`, [org.id]);
    expect(payloads.length).toBeGreaterThan(0);
    for (const row of payloads) expect(row.p).not.toMatch(DISTRESS_WORDS);
  });

  it('keeps a bare "5", typed in reply to the rating question, as her own rating tied to that turn', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const template = await createTemplate(participant.token, { ...CAREER_TEMPLATE, mandatoryQuestions: [], personal: true });
    let rated = false;
    const sessionId = await interview(participant, template.id, (question) => {
      if (ASKS_RATING.test(question) && !rated) {
        rated = true;
        return '5';
      }
      return rated ? 'I am thorough and people trust my numbers.' : 'I am an accountant and the work is steady but repetitive.';
    });
    const { summary } = await summaryOf(participant, sessionId);
    const [fiveTurn] = await turnIdsWith(sessionId, `content = '5'`);
    expect(summary).toMatchObject({ satisfactionScore: 5, satisfactionSource: 'PARTICIPANT', satisfactionTurnId: fiveTurn });
    expect(summary.overview).toMatch(/You rated your satisfaction 5 out of 10/);
  });

  it("puts the engineer's own three commitments first in the plan, in his words, citing the turn that said them", async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const template = await createTemplate(participant.token, { ...CAREER_TEMPLATE, personal: true });
    const used = new Map<string, number>();
    const sessionId = await interview(participant, template.id, (_question, stage) => personaAnswer(stage, used));
    const { summary } = await summaryOf(participant, sessionId);
    const [said] = await turnIdsWith(sessionId, `content LIKE 'Enrol in an engineering leadership programme%'`);
    expect(summary.commitments.slice(0, 3)).toEqual([
      { text: 'Enrol in an engineering leadership programme.', turnIds: [said], when: null },
      { text: 'Start mentoring two junior developers.', turnIds: [said], when: null },
      { text: 'Get a cloud architecture certification.', turnIds: [said], when: null },
    ]);

    await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, participant.token);
    await waitForPlan(participant, sessionId);
    const items = (
      await gqlOk(
        `query($id: ID!) { reflectionSession(id: $id) { actionPlan { items { title fromCommitment sourceTurnIds dueAt } } } }`,
        { id: sessionId },
        participant.token,
      )
    ).reflectionSession.actionPlan.items;
    expect(items.slice(0, 3).map((i: any) => [i.title, i.fromCommitment, i.sourceTurnIds])).toEqual([
      ['Enrol in an engineering leadership programme', true, [said]],
      ['Start mentoring two junior developers', true, [said]],
      ['Get a cloud architecture certification', true, [said]],
    ]);
    // Undated steps are spread over the next cycle, not the next eight months.
    const latest = Math.max(...items.map((i: any) => Date.parse(i.dueAt)));
    expect(latest - Date.now()).toBeLessThanOrEqual(91 * 86_400_000);
  });
});

/** Strain notes visible to a user of the api: the runtime role with that user's scope, as every request runs. */
async function noteCountAs(userId: string, organisationId: string, sessionId: string): Promise<number> {
  return asTenant(organisationId, async (client) => {
    await client.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
    return (await client.query(`SELECT count(*)::int AS n FROM strain_notes WHERE session_id = $1`, [sessionId])).rows[0].n as number;
  });
}
