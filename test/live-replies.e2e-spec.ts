import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganisation, type ExtraApi, gqlOk, type LiveClient, liveClient, startExtraApi, testEnv } from '#testing';
import { embeddedResponder, OpenAiCompatibleServer } from '#testing/openai';
import { createTemplate, PERSONA_ANSWERS } from './insights.helpers.js';

// The interviewer's reply streamed over a subscription, from a real provider client that streams,
// to a subscriber connected to another api process than the one answering (Redis pub/sub between them).

const SET_LLM = `mutation($provider: String!, $model: String, $baseUrl: String) { setOrganisationLlm(provider: $provider, model: $model, baseUrl: $baseUrl) { provider } }`;
const REPLY = `subscription($id: ID!) { interviewerReply(sessionId: $id) { sessionId answerTurnId text restart done turn { id role content } } }`;
const ANSWER = `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { id } next { id role content } } }`;
const taskOf = (messages: Array<{ role: string; content: string }>) =>
  /task: ([\w-]+@\d+)/.exec(messages.find((m) => m.role === 'system')?.content ?? '')?.[1];

describe('interviewer replies streamed live', () => {
  const server = new OpenAiCompatibleServer(embeddedResponder(), { latencyMs: 400, streamChunks: 24 });
  let other: ExtraApi;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    await server.start();
    // Same Redis and QUEUE_PREFIX as the suite's api: one deployment with two api processes.
    other = await startExtraApi('live', { QUEUE_PREFIX: testEnv().QUEUE_PREFIX });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await other?.stop();
    await server.stop();
  });

  it('streams the question as the model writes it and ends with the stored turn, on another api process', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    await gqlOk(SET_LLM, { provider: 'openai', model: 'local-test', baseUrl: server.baseUrl }, org.admin.token);
    const templateId = await createTemplate(participant.token, { personal: true });
    const sessionId = (
      await gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: templateId }, participant.token)
    ).startReflectionSession.id as string;

    const live = liveClient(participant.token, other.url);
    clients.push(live);
    await live.connected;
    const replies = live.subscribe<any>(REPLY, { id: sessionId });
    // The subscription is registered once its resolver ran on the other process.
    await new Promise((r) => setTimeout(r, 500));

    const answered = (await gqlOk(ANSWER, { id: sessionId, c: PERSONA_ANSWERS[0] }, participant.token)).answerReflection;
    expect(answered.next).not.toBeNull();

    const events: any[] = [];
    while (!events.at(-1)?.done) {
      const result = await replies.next(20_000);
      expect(result.errors).toBeUndefined();
      events.push(result.data!.interviewerReply);
    }
    const pieces = events.filter((e) => !e.done);
    // The provider streamed: the question arrived in several pieces before the stored turn.
    expect(pieces.length).toBeGreaterThan(1);
    expect(events.every((e) => e.sessionId === sessionId && e.answerTurnId === answered.answer.id)).toBe(true);
    let shown = '';
    for (const piece of pieces) shown = (piece.restart ? '' : shown) + piece.text;
    const last = events.at(-1);
    expect(last).toMatchObject({
      text: null,
      done: true,
      turn: { id: answered.next.id, role: 'INTERVIEWER', content: answered.next.content },
    });
    expect(shown.length).toBeGreaterThan(10);
    expect(last.turn.content).toContain(shown);

    const turnRequest = server.requests.find((r) => taskOf(r.messages) === 'interview-turn@1');
    expect(turnRequest?.stream).toBe(true);
  });

  it("streams the embedded model's reply by sentence when no provider is configured", async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const sessionId = (
      await gqlOk(
        `mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`,
        { t: await createTemplate(participant.token, { personal: true }) },
        participant.token,
      )
    ).startReflectionSession.id as string;
    const live = liveClient(participant.token);
    clients.push(live);
    await live.connected;
    const replies = live.subscribe<any>(REPLY, { id: sessionId });
    await new Promise((r) => setTimeout(r, 300));
    const answered = (await gqlOk(ANSWER, { id: sessionId, c: PERSONA_ANSWERS[0] }, participant.token)).answerReflection;
    const events: any[] = [];
    while (!events.at(-1)?.done) events.push((await replies.next(20_000)).data!.interviewerReply);
    const pieces = events.filter((e) => !e.done);
    expect(pieces.length).toBeGreaterThan(0);
    const shown = pieces.reduce((text: string, piece: any) => (piece.restart ? '' : text) + piece.text, '');
    expect(events.at(-1).turn).toEqual({ id: answered.next.id, role: 'INTERVIEWER', content: answered.next.content });
    expect(answered.next.content).toContain(shown);
  });

  it("refuses a subscription to the replies of someone else's session", async () => {
    const org = await createOrganisation();
    const owner = await org.addMember(['PARTICIPANT']);
    const other = await org.addMember(['PARTICIPANT']);
    const sessionId = (
      await gqlOk(
        `mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`,
        { t: await createTemplate(owner.token, { personal: true }) },
        owner.token,
      )
    ).startReflectionSession.id as string;
    const live = liveClient(other.token);
    clients.push(live);
    await live.connected;
    const result = await live.subscribe(REPLY, { id: sessionId }).next(10_000);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
