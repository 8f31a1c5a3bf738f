import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk } from '#testing';
import {
  ABANDON,
  ANSWER,
  answer,
  COMPLETE,
  createTemplate,
  GET,
  MINE,
  ownerQuery,
  PAUSE,
  PERSONA,
  PREVIEW,
  RESUME,
  SEED_MANDATORY,
  start,
  turnCount,
} from './interviews.helpers.js';

describe('self-interviews: privacy, concurrency, previews and limits', () => {
  it('answers NOT_FOUND to everyone but the owner: another participant, their coach, HR, an admin, another organisation', async () => {
    const org = await createOrganisation();
    const [coach, owner, other, hr] = await Promise.all([
      org.addMember(['COACH']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['PARTICIPANT']),
      org.addMember(['HR']),
    ]);
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: owner.membershipId },
      org.admin.token,
    );
    const session = await start(owner, (await createTemplate(coach.token)).id);
    await answer(owner, session.id, PERSONA.current_situation![0]!);
    const before = await turnCount(session.id);
    const stranger = await createOrganisation();

    for (const [who, token] of [
      ['participant', other.token],
      ['coach', coach.token],
      ['hr', hr.token],
      ['admin', org.admin.token],
      ['other organisation', stranger.admin.token],
    ] as const) {
      const read = await gql(GET, { id: session.id }, token);
      expect([who, errorCode(read)]).toEqual([who, 'NOT_FOUND']);
      expect(read.data).toBeNull();
      for (const [document, variables] of [
        [ANSWER, { id: session.id, content: 'Let me in' }],
        [PAUSE, { id: session.id }],
        [RESUME, { id: session.id }],
        [COMPLETE, { id: session.id }],
        [ABANDON, { id: session.id }],
      ] as const) {
        expect([who, errorCode(await gql(document, variables, token))]).toEqual([who, 'NOT_FOUND']);
      }
      const mine = await gql(MINE, {}, token);
      expect(mine.data?.mySessions.map((s: any) => s.id) ?? []).not.toContain(session.id);
    }
    // The same answers for an id that does not exist: nothing to probe.
    expect(errorCode(await gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, owner.token))).toBe('NOT_FOUND');
    expect(await turnCount(session.id)).toBe(before);
    const [row] = await ownerQuery(`SELECT status, paused_at FROM reflection_sessions WHERE id = $1`, [session.id]);
    expect(row).toEqual({ status: 'IN_PROGRESS', paused_at: null });
    expect((await gqlOk(MINE, {}, owner.token)).mySessions.map((s: any) => s.id)).toEqual([session.id]);
  });

  it('serialises concurrent answers to one session: a second answer while a reply is written is SESSION_BUSY, nothing interleaves', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const session = await start(participant, (await createTemplate(coach.token)).id);
    const contents = [
      'I enjoy the technical challenges of distributed systems.',
      'Mentorship is missing on my team and I feel it.',
      "I'd rate my satisfaction 5 out of 10.",
      'Leading the incident review last week felt great.',
      'I want to grow into technical architecture.',
      'Not sure.',
    ];
    const burst = await Promise.all(
      contents.map((content, i) => gql(ANSWER, { id: session.id, content, key: `burst-${i}` }, participant.token)),
    );
    const accepted = burst.filter((r) => !r.errors);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    for (const result of burst.filter((r) => r.errors)) {
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_BUSY' });
    }
    // A refused answer was not stored; sent again once the reply is written, it is.
    for (const [i, result] of burst.entries()) {
      if (result.errors)
        expect((await gql(ANSWER, { id: session.id, content: contents[i], key: `burst-${i}` }, participant.token)).errors).toBeUndefined();
    }

    const turns = (await ownerQuery(`SELECT seq, role, content, question_ref FROM session_turns WHERE session_id = $1 ORDER BY seq`, [
      session.id,
    ])) as any[];
    expect(turns.map((t) => t.seq)).toEqual(turns.map((_, i) => i + 1));
    expect(turns.map((t) => t.role)).toEqual(turns.map((_, i) => (i % 2 === 0 ? 'INTERVIEWER' : 'PARTICIPANT')));
    expect(
      turns
        .filter((t) => t.role === 'PARTICIPANT')
        .map((t) => t.content)
        .sort(),
    ).toEqual([...contents].sort());
    // Each accepted answer's reply is the turn right after it, and each answer answers the question right before it.
    const seqOf = new Map(turns.map((t) => [t.content, t.seq]));
    for (const result of accepted) {
      const { answer: stored, next } = result.data!.answerReflection;
      expect(next).not.toBeNull();
      const answerSeq = seqOf.get(stored.content)!;
      expect(seqOf.get(next.content)).toBe(answerSeq + 1);
      expect(stored.questionRef).toBe(turns[answerSeq - 2].question_ref);
    }
  });

  it('previews a template for a coach from scripted answers and stores nothing', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await createTemplate(coach.token);
    const personal = await createTemplate(participant.token, { title: 'Private', primaryQuestion: 'What do I want next?', personal: true });
    const counts = async () =>
      (
        await ownerQuery(
          `SELECT (SELECT count(*)::int FROM reflection_sessions WHERE organisation_id = $1) AS sessions,
                  (SELECT count(*)::int FROM session_turns WHERE organisation_id = $1) AS turns,
                  (SELECT count(*)::int FROM outbox_jobs WHERE organisation_id = $1) AS jobs,
                  (SELECT count(*)::int FROM llm_usage WHERE organisation_id = $1 AND task = 'interview-followup') AS usage,
                  (SELECT count(*)::int FROM access_log WHERE organisation_id = $1) AS reads`,
          [org.id],
        )
      )[0];
    const before = await counts();
    const scripted = [PERSONA.current_situation![0]!, 'Not sure.', PERSONA.strengths_value![0]!, PERSONA.gaps_growth![0]!];
    const transcript = (await gqlOk(PREVIEW, { id: template.id, answers: scripted }, coach.token)).previewReflectionTemplate;
    expect(transcript.map((t: any) => t.role)).toEqual([
      'INTERVIEWER',
      'PARTICIPANT',
      'INTERVIEWER',
      'PARTICIPANT',
      'INTERVIEWER',
      'PARTICIPANT',
      'INTERVIEWER',
      'PARTICIPANT',
      'INTERVIEWER',
    ]);
    expect(transcript[0].content).toContain('How satisfied are you with your current role');
    expect(transcript.filter((t: any) => t.role === 'PARTICIPANT').map((t: any) => t.content)).toEqual(scripted);
    expect(transcript.some((t: any) => t.questionRef?.startsWith('followup:'))).toBe(true);
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ sessions: 0, turns: 0, jobs: before.jobs, usage: 0, reads: 0 });

    expect(errorCode(await gql(PREVIEW, { id: template.id, answers: ['hi'] }, participant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(PREVIEW, { id: template.id, answers: ['x'.repeat(8001)] }, coach.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(PREVIEW, { id: personal.id, answers: [] }, coach.token))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('ends the interview gracefully at the turn limit, after every mandatory question', async () => {
    const org = await createOrganisation();
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await createTemplate(coach.token);
    await ownerQuery(`UPDATE reflection_template_versions SET max_turns = 9 WHERE template_id = $1`, [template.id]);
    const session = await start(participant, template.id);
    let next = session.turns[0];
    const answered: string[] = [];
    while (next.questionRef !== 'closing') {
      answered.push(next.questionRef);
      next = (
        await answer(
          participant,
          session.id,
          `A thoughtful answer about ${next.stage}, with detail on what I enjoy and what frustrates me.`,
        )
      ).next;
    }
    // The first mandatory question has two parts, asked one after the other.
    expect(answered).toEqual(['mandatory:0', 'mandatory:0:2', 'mandatory:1', 'mandatory:2']);
    expect(next.content).toContain("We've reached the time set aside");
    expect(await turnCount(session.id)).toBe(9);
    const final = (await gqlOk(GET, { id: session.id }, participant.token)).reflectionSession;
    expect(final.progress).toMatchObject({ stage: 'closing', mandatoryAnswered: 3, mandatoryTotal: SEED_MANDATORY.length });
  });
});
