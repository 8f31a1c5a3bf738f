import { afterEach, describe, expect, it } from '@jest/globals';
import { createOrganisation, gqlOk, liveClient, type LiveClient, type LiveSubscription } from '#testing';
import { createTemplate, PERSONA_ANSWERS, runInterview } from './insights.helpers.js';

// Live updates over GraphQL subscriptions (graphql-ws) against the real api, worker and Redis.

const STATES = `subscription($id: ID!) { reflectionSessionStates(sessionId: $id) { sessionId summaryState actionPlanId actionPlanState } }`;
const START = `mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`;

describe('live updates', () => {
  const clients: LiveClient[] = [];
  const connect = (token: string | null, apiUrl?: string) => {
    const client = liveClient(token, apiUrl);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });

  it('tells the owner that the summary became READY after completeReflectionSession', async () => {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    const templateId = await createTemplate(participant.token, { personal: true });
    const live = connect(participant.token);
    await live.connected;
    let states: LiveSubscription<any> | undefined;
    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS.slice(0, 3), async () => {
      // Subscribed before completing: PENDING (the api's commit), then the worker's RUNNING and READY.
      const started = (await gqlOk(`{ mySessions { id } }`, {}, participant.token)).mySessions[0].id as string;
      states = live.subscribe(STATES, { id: started });
      await new Promise((r) => setTimeout(r, 300));
    });
    const seen: string[] = [];
    for (let i = 0; i < 5 && seen.at(-1) !== 'READY'; i++) {
      const result = await states!.next();
      expect(result.errors).toBeUndefined();
      expect(result.data!.reflectionSessionStates).toMatchObject({ sessionId, actionPlanId: null, actionPlanState: null });
      seen.push(result.data!.reflectionSessionStates.summaryState);
    }
    expect(seen[0]).toBe('PENDING');
    expect(seen.at(-1)).toBe('READY');
    const plan = (await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, participant.token)).generateActionPlan;
    const planned = await states!.next();
    expect(planned.data!.reflectionSessionStates).toMatchObject({ sessionId, summaryState: 'READY', actionPlanId: plan.id });
  });

  it('refuses a connection without a valid, live access token (4401)', async () => {
    expect(await connect(null).closed).toMatchObject({ code: 4401 });
    expect(await connect('not-a-token').closed).toMatchObject({ code: 4401 });
    const org = await createOrganisation();
    const member = await org.addMember(['PARTICIPANT']);
    await gqlOk(`mutation { logout }`, {}, member.token);
    // A token of a revoked login session is refused, as it is over HTTP.
    expect(await connect(member.token).closed).toMatchObject({ code: 4401 });
  });

  it("answers a subscription to someone else's session with NOT_FOUND, as a query would", async () => {
    const org = await createOrganisation();
    const owner = await org.addMember(['PARTICIPANT']);
    const other = await org.addMember(['PARTICIPANT']);
    const coach = await org.addMember(['COACH']);
    const sessionId = (await gqlOk(START, { t: await createTemplate(owner.token, { personal: true }) }, owner.token)).startReflectionSession.id as string;
    const stranger = (await createOrganisation()).admin;
    for (const member of [other, coach, org.admin, stranger]) {
      const live = connect(member.token);
      await live.connected;
      const subscription = live.subscribe(STATES, { id: sessionId });
      const result = await subscription.next(10_000);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('serves subscriptions only: a query over the socket is refused', async () => {
    const org = await createOrganisation();
    const live = connect(org.admin.token);
    await live.connected;
    const result = await live.subscribe(`{ me { id } }`).next(10_000);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTIONS_ONLY' });
  });

  it('closes a connection over the per-user limit with 4429, and accepts one again once another closed', async () => {
    const org = await createOrganisation();
    const member = await org.addMember(['PARTICIPANT']);
    const open = Array.from({ length: 5 }, () => connect(member.token));
    await Promise.all(open.map((c) => c.connected));
    const over = connect(member.token);
    expect(await over.closed).toMatchObject({ code: 4429, reason: expect.stringMatching(/Too many live connections/) });
    await open[0]!.dispose();
    await open[0]!.closed;
    await expect(connect(member.token).connected).resolves.toBeUndefined();
    // Another user is not affected by this one's connections.
    await expect(connect(org.admin.token).connected).resolves.toBeUndefined();
  });
});
