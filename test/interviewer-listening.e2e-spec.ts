import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganisation, gql, gqlOk, type TestMember } from '#testing';
import { embeddedResponder, OpenAiCompatibleServer } from '#testing/openai';
import { ANSWER, answer, CAREER_TEMPLATE, createTemplate, GET, ownerQuery, RESUME, SET_LLM, start } from './interviews.helpers.js';

// Each listening behaviour of the interviewer, over GraphQL against the real api, worker and database.

const questionOf = (text: string) => (text.match(/[^.!?\n]*\?/g) ?? []).pop()?.trim() ?? '';
const MOVE_TEMPLATE = {
  ...CAREER_TEMPLATE,
  title: 'Moving into product',
  primaryQuestion: 'Should I move from engineering into product management?',
  mandatoryQuestions: [],
};
const PENDING_MOVE = /before you commit|considering|would you miss|successful transition|draws you to/i;
const MARKET_OR_PAY = /market|industry|salary|pay\b|promotion|holding you back/i;
const RESOURCES = 'Call the Northwind wellbeing line on 0800 123 456 (24/7).';

async function interview(
  template = CAREER_TEMPLATE,
): Promise<{ participant: TestMember; session: Record<string, any>; orgId: string; admin: TestMember }> {
  const org = await createOrganisation();
  const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
  await ownerQuery(`UPDATE organisations SET settings = settings || jsonb_build_object('supportResources', $2::text) WHERE id = $1`, [
    org.id,
    RESOURCES,
  ]);
  const session = await start(participant, (await createTemplate(coach.token, template)).id);
  return { participant, session, orgId: org.id, admin: org.admin };
}

async function converse(participant: TestMember, sessionId: string, answers: string[]): Promise<Array<Record<string, any>>> {
  const replies = [];
  for (const content of answers) replies.push((await answer(participant, sessionId, content)).next);
  return replies;
}

describe('the interviewer listens', () => {
  it('stops at once when the participant wants to wrap up, and asks nothing more', async () => {
    const { participant, session } = await interview();
    const [, stop] = await converse(participant, session.id, ['I lead a small platform team and mostly enjoy it.', 'Can we wrap this up?']);
    expect(stop).toMatchObject({ questionRef: 'closing', stage: 'closing' });
    expect(stop!.content).not.toContain('?');
    expect(stop!.content).toMatch(/Your answers are saved/);
    expect((await answer(participant, session.id, 'hello?')).next).toBeNull();
    const read = (await gqlOk(GET, { id: session.id }, participant.token)).reflectionSession;
    expect(read.currentQuestion).toBeNull();
  });

  it('pauses when asked for a break, and picks up with a new question on resume', async () => {
    const { participant, session } = await interview();
    const [, pause] = await converse(participant, session.id, ['I lead a small platform team.', 'Can we take a break and continue later?']);
    expect(pause).toMatchObject({ questionRef: 'pause' });
    expect(pause!.content).not.toContain('?');
    const paused = (await gqlOk(GET, { id: session.id }, participant.token)).reflectionSession;
    expect(paused.pausedAt).not.toBeNull();
    expect(paused.currentQuestion).toBeNull();
    const resumed = (await gqlOk(RESUME, { id: session.id }, participant.token)).resumeReflectionSession;
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.currentQuestion.content).toMatch(/^(Welcome back|Good to have you back|Picking up)/);
    expect(questionOf(resumed.currentQuestion.content)).not.toBe('');
  });

  it('moves on after "pass" without probing, and never asks the skipped question again', async () => {
    const { participant, session } = await interview();
    const skipped = questionOf(session.turns[0].content);
    const replies = await converse(participant, session.id, [
      'pass',
      'I build payment services and I like the on-call work.',
      'Mostly mentoring juniors.',
      'No idea.',
    ]);
    expect(replies[0]!.questionRef).not.toMatch(/^followup|^mandatory:0/);
    expect(replies[0]!.content).toMatch(/^(No problem|That's fine|Sure|Of course)/);
    for (const reply of replies) expect(reply!.content).not.toContain(skipped);
  });

  it('keeps a correction and never treats the move as still ahead', async () => {
    const { participant, session } = await interview(MOVE_TEMPLATE);
    const replies = await converse(participant, session.id, [
      'Actually, I already moved into PM six months ago. What draws me is shaping what we build.',
      '7 out of 10',
      'Talking to customers every week.',
      'My engineering background helps me spot technical risks early.',
      'Saying no to stakeholders is still hard for me.',
    ]);
    expect(replies[0]!.content).toMatch(
      /^(Thanks for putting me right|Got it, thank you for the correction|Understood, I'll keep that in mind)/,
    );
    for (const reply of replies) expect(reply!.content).not.toMatch(PENDING_MOVE);
    expect(replies.some((r) => /been like so far/.test(r!.content))).toBe(true);
  });

  it('steers off-topic drift back gently, without probing the drift', async () => {
    const { participant, session } = await interview();
    const [reply] = await converse(participant, session.id, [
      'The commute is brutal, an hour each way on the train, and I have been training with my running club for a half marathon.',
    ]);
    expect(reply!.content).toMatch(/Coming back to/);
    expect(questionOf(reply!.content)).not.toMatch(/commute|train|running|marathon/i);
  });

  it('never quotes a filler or a negation, and never asks for an example of a plan', async () => {
    const { participant, session } = await interview();
    const [vague, plan] = await converse(participant, session.id, [
      'No idea.',
      'I will ask my director for a mentor before the end of January, and next quarter I plan to join the architecture review board.',
    ]);
    expect(vague!.content).not.toMatch(/\bidea\b/i);
    expect(questionOf(plan!.content)).not.toMatch(/example|January|quarter/i);
  });

  it('acknowledges in varied words: no two turns open the same way', async () => {
    const { participant, session } = await interview();
    const replies = await converse(participant, session.id, [
      'I lead a platform team of six and mostly enjoy the architecture work.',
      'Last month I redesigned our deployment pipeline and it went well.',
      'Status meetings drain me.',
      '6',
      'Strong system design skills and I explain things calmly.',
      'Colleagues ask me to review their designs.',
    ]);
    const openings = replies.map((r) =>
      r!.content
        .toLowerCase()
        .replace(/[^a-z0-9 ]+/g, ' ')
        .split(/\s+/)
        .slice(0, 4)
        .join(' '),
    );
    expect(new Set(openings).size).toBe(openings.length);
    expect(replies.every((r) => !/^Thank you\. Let's turn to/.test(r!.content))).toBe(true);
  });
});

describe('the interviewer meets distress', () => {
  it('supports once, follows the topic the participant names, answers a later disclosure briefly, and keeps the exchange private', async () => {
    const { participant, session } = await interview();
    const burnout =
      "Honestly I'm completely burnt out. I sleep four hours a night, the workload is unmanageable and I can't keep going like this.";
    const replies = await converse(participant, session.id, [
      burnout,
      'I think making the workload manageable would help most.',
      'Fewer parallel projects.',
      "Some days I feel like I'm drowning and I can't cope.",
    ]);
    const [support, lead, , later] = replies;
    expect(support!.questionRef).toMatch(/^support:/);
    expect(support!.content).toContain(RESOURCES);
    expect(questionOf(support!.content)).toBe('Would you like to go on, take a break, or stop here?');
    expect(lead!.content).toMatch(/workload/);
    expect(later!.questionRef).toMatch(/^support:/);
    expect(later!.content).not.toContain(RESOURCES);
    expect(later!.content.split(/(?<=[.?!])\s+/).length).toBeLessThanOrEqual(2);
    for (const reply of replies) expect(questionOf(reply!.content)).not.toMatch(MARKET_OR_PAY);
    const sensitive = await ownerQuery<{ content: string }>(
      `SELECT content FROM session_turns WHERE session_id = $1 AND sensitive ORDER BY seq`,
      [session.id],
    );
    expect(sensitive.map((t) => t.content)).toEqual(expect.arrayContaining([burnout, support!.content]));
  });
});

describe('no connection or lock is held while a model thinks', () => {
  const server = new OpenAiCompatibleServer(embeddedResponder(), { latencyMs: 1_500 });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('writes the reply with the organisation model, answers SESSION_BUSY meanwhile, and leaves the session unlocked while it waits', async () => {
    const { participant, session, admin } = await interview();
    await gqlOk(SET_LLM, { provider: 'openai', model: 'slow-local', baseUrl: server.baseUrl }, admin.token);
    const first = gql(
      ANSWER,
      { id: session.id, content: 'I lead a platform team of six and mostly enjoy the architecture work.' },
      participant.token,
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The answer is committed and the session is free while the model is asked.
    expect(await ownerQuery(`SELECT id FROM reflection_sessions WHERE id = $1 FOR UPDATE NOWAIT`, [session.id])).toHaveLength(1);
    const [stored] = await ownerQuery(`SELECT count(*)::int AS n FROM session_turns WHERE session_id = $1 AND role = 'PARTICIPANT'`, [
      session.id,
    ]);
    expect(stored.n).toBe(1);
    const second = await gql(ANSWER, { id: session.id, content: 'And I mentor two juniors.' }, participant.token);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_BUSY' });
    const reply = (await first).data!.answerReflection.next;
    expect(reply.role).toBe('INTERVIEWER');
    const [audit] = await ownerQuery(`SELECT interviewer_provider, interviewer_model FROM reflection_sessions WHERE id = $1`, [session.id]);
    expect(audit).toEqual({ interviewer_provider: 'openai', interviewer_model: 'slow-local' });
    expect(server.requests.some((r) => r.model === 'slow-local' && r.response_format?.type === 'json_schema')).toBe(true);
  });

  it('repairs a session whose reply was never written (a crash between the two writes), without a gap', async () => {
    const { participant, session } = await interview();
    await answer(participant, session.id, 'I lead a platform team and mostly enjoy it.');
    // As if the process died after storing an answer: the answer is there, its reply is not.
    const [{ seq }] = await ownerQuery(`SELECT max(seq)::int + 1 AS seq FROM session_turns WHERE session_id = $1`, [session.id]);
    await ownerQuery(
      `INSERT INTO session_turns (organisation_id, session_id, seq, role, content, stage, question_ref)
       SELECT organisation_id, id, $2, 'PARTICIPANT', 'An answer whose reply was lost.', 'current_situation', interviewer_state -> 'pending' ->> 'ref' FROM reflection_sessions WHERE id = $1`,
      [session.id, seq],
    );
    await ownerQuery(
      `UPDATE reflection_sessions SET interviewer_state = interviewer_state || jsonb_build_object('awaitingReply', jsonb_build_object('seq', $2::int, 'since', '2020-01-01T00:00:00.000Z'), 'nextSeq', $2::int + 1, 'turns', (interviewer_state ->> 'turns')::int + 1, 'answers', (interviewer_state ->> 'answers')::int + 1) WHERE id = $1`,
      [session.id, seq],
    );
    const next = await answer(participant, session.id, 'Mentoring juniors is what I like most.');
    expect(next.next.role).toBe('INTERVIEWER');
    const turns = await ownerQuery<{ seq: number; role: string }>(
      `SELECT seq, role FROM session_turns WHERE session_id = $1 ORDER BY seq`,
      [session.id],
    );
    expect(turns.map((t) => t.seq)).toEqual(turns.map((_, i) => i + 1));
    expect(turns.map((t) => t.role)).toEqual(turns.map((_, i) => (i % 2 === 0 ? 'INTERVIEWER' : 'PARTICIPANT')));
  });
});
