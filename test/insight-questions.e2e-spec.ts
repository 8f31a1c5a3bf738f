import { describe, expect, it } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk, ownerQuery } from '#testing';
import { createTemplate, runInterview } from './insights.helpers.js';
import { SHARE, startCoaching } from './privacy.helpers.js';

const ASK = `mutation($q: String!, $ids: [ID!]) { askReflections(question: $q, sessionIds: $ids) { questionId answer model citations { sessionId turnId excerpt } } }`;
const TURNS = `query($id: ID!) { reflectionSession(id: $id) { turns { id role content } } }`;

const MENTOR = 'I will ask my director for a mentor.';
const PIPELINE = 'I plan to propose owning the release pipeline.';
const BOARD = 'Next quarter I want to join the architecture review board.';
const PASSED_OVER = 'I was passed over in the last promotion cycle and it still stings a bit.';
const WORRY = 'I worry that I am invisible to senior leadership.';

/** An engineer who states three commitments in different words, among answers that share the question's words but are no plan. */
const ENGINEER_ANSWERS = [
  "I'm a backend engineer on the payments team. I'd rate my satisfaction 6 out of 10.",
  PASSED_OVER,
  'Colleagues come to me for architecture reviews because I explain trade-offs calmly.',
  WORRY,
  MENTOR,
  PIPELINE,
  BOARD,
];

async function ownTurns(token: string, sessionId: string): Promise<Array<{ id: string; role: string; content: string }>> {
  return (await gqlOk(TURNS, { id: sessionId }, token)).reflectionSession.turns;
}

describe("asking one's own reflections", () => {
  it('finds what the engineer said they would do by meaning, answers in the second person, and cites exactly those turns', async () => {
    const org = await createOrganisation();
    const engineer = await org.addMember(['PARTICIPANT']);
    const sessionId = await runInterview(engineer, await createTemplate(engineer.token), ENGINEER_ANSWERS);
    const turns = await ownTurns(engineer.token, sessionId);
    const idOf = (content: string) => turns.find((t) => t.role === 'PARTICIPANT' && t.content === content)!.id;

    const asked = (await gqlOk(ASK, { q: 'What did I say I would do before the next promotion cycle?' }, engineer.token)).askReflections;
    expect(asked.model).toBe('embedded');
    expect(asked.citations.map((c: { turnId: string }) => c.turnId).sort()).toEqual([idOf(MENTOR), idOf(PIPELINE), idOf(BOARD)].sort());
    for (const citation of asked.citations) {
      expect(citation.sessionId).toBe(sessionId);
      expect(turns.find((t) => t.id === citation.turnId)!.content).toContain(citation.excerpt);
    }
    // In the order they were said, each claim with the marker of its citation.
    expect(asked.answer).toBe(
      'You named three things you intend to do: you will ask your director for a mentor [1]; you plan to propose owning the release pipeline [2]; and next quarter you want to join the architecture review board [3].',
    );
    expect(asked.citations.map((c: { turnId: string }) => c.turnId)).toEqual([idOf(MENTOR), idOf(PIPELINE), idOf(BOARD)]);
    expect(asked.answer).not.toMatch(/participant|another/i);

    const worries = (await gqlOk(ASK, { q: 'What worries me?', ids: [sessionId] }, engineer.token)).askReflections;
    expect(worries.citations.map((c: { turnId: string }) => c.turnId)).toContain(idOf(WORRY));
    expect(worries.citations.map((c: { turnId: string }) => c.turnId)).not.toEqual(expect.arrayContaining([idOf(MENTOR)]));
    expect(worries.answer).toContain('you worry that you are invisible to senior leadership');

    const history = (await gqlOk(`{ myInsightQuestions { id answer citations { turnId } } }`, {}, engineer.token)).myInsightQuestions;
    expect(history.map((q: { id: string }) => q.id)).toEqual([worries.questionId, asked.questionId]);
    expect(history[1].answer).toBe(asked.answer);
  });

  it('answers the owner, with care, from a distress exchange, which stays theirs: no coach can ask, no job carries it', async () => {
    const org = await createOrganisation();
    const [participant, coach] = await Promise.all([org.addMember(['PARTICIPANT']), org.addMember(['COACH'])]);
    const burnout = "Honestly I'm completely burnt out. I sleep four hours a night and the workload is unmanageable.";
    const sessionId = await runInterview(participant, await createTemplate(participant.token), [
      burnout,
      "I'm okay, we can go on.",
      'I am frustrated by the lack of feedback from my manager.',
      'I am going to see a doctor next week.',
    ]);
    const turns = await ownTurns(participant.token, sessionId);
    const hard = turns.find((t) => t.content === burnout)!;
    expect((await ownerQuery<{ sensitive: boolean }>(`SELECT sensitive FROM session_turns WHERE id = $1`, [hard.id]))[0]!.sensitive).toBe(
      true,
    );

    const asked = (await gqlOk(ASK, { q: 'What worries me?' }, participant.token)).askReflections;
    expect(asked.citations.map((c: { turnId: string }) => c.turnId)).toContain(hard.id);
    expect(asked.answer).toMatch(/described how hard things have been: [^.]*you sleep four hours a night/);
    expect(asked.answer).toContain('support your organisation offers');

    // A coach the reflection is shared with may read it, but never ask of it, nor reach it by asking their own.
    await startCoaching(org, coach, participant);
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, participant.token);
    expect(errorCode(await gql(ASK, { q: 'What worries them?', ids: [sessionId] }, coach.token))).toBe('NOT_FOUND');
    const coachOwn = (await gqlOk(ASK, { q: 'What worries me?' }, coach.token)).askReflections;
    expect(coachOwn.citations).toEqual([]);
    expect(coachOwn.answer).not.toContain('four hours');

    // Nothing of it in any job of the organisation (asking runs in the request, not in a job).
    const jobs = await ownerQuery<{ payload: unknown }>(`SELECT payload FROM outbox_jobs WHERE organisation_id = $1`, [org.id]);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(JSON.stringify(job.payload)).not.toMatch(/four hours|burnt out|workload/i);
  });
});
