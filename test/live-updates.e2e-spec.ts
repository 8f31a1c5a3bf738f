import { afterEach, describe, expect, it } from '@jest/globals';
import { createOrganisation, eventually, gqlOk, type LiveClient, type LiveSubscription, liveClient } from '#testing';
import { coachingFixture } from './coaching.helpers.js';
import { createTemplate, PERSONA_ANSWERS, runInterview } from './insights.helpers.js';

// Live updates over GraphQL subscriptions (graphql-ws) against the real api, worker and Redis.

const STATES = `subscription($id: ID!) { reflectionSessionStates(sessionId: $id) { sessionId summaryState actionPlanId actionPlanState } }`;
const START = `mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`;
const ORDER = ['PENDING', 'RUNNING', 'READY'];

/** States are read when an event reaches the subscriber, so fast steps may merge; they never go back. */
const inOrder = (states: string[]) => states.every((state, i) => i === 0 || ORDER.indexOf(state) >= ORDER.indexOf(states[i - 1]!));

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
    expect(inOrder(seen)).toBe(true);
    expect(seen.at(-1)).toBe('READY');
    const plan = (await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, participant.token))
      .generateActionPlan;
    const planned = await states!.next();
    expect(planned.data!.reflectionSessionStates).toMatchObject({ sessionId, summaryState: 'READY', actionPlanId: plan.id });
  });

  it("feeds a coach the reflections newly shared with them, and another coach's shares never", async () => {
    const { org, coach, client } = await coachingFixture();
    const otherCoach = await org.addMember(['COACH']);
    await gqlOk(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: otherCoach.membershipId, p: client.membershipId },
      org.admin.token,
    );
    const feed = connect(coach.token);
    const otherFeed = connect(otherCoach.token);
    await Promise.all([feed.connected, otherFeed.connected]);
    const FEED = `subscription { reflectionsSharedWithMe { sessionId participantMembershipId sharedAt } }`;
    const shares = feed.subscribe<any>(FEED);
    const otherShares = otherFeed.subscribe<any>(FEED);
    await new Promise((r) => setTimeout(r, 300));
    const templateId = await createTemplate(client.token, { personal: true });
    const sessionId = (await gqlOk(START, { t: templateId }, client.token)).startReflectionSession.id as string;
    const SHARE = `mutation($id: ID!, $coaches: [ID!]!) { shareReflection(sessionId: $id, coachMembershipIds: $coaches) { id } }`;
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, client.token);
    const shared = await shares.next();
    expect(shared.data!.reflectionsSharedWithMe).toMatchObject({ sessionId, participantMembershipId: client.membershipId });
    // Sharing again is no new share.
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, client.token);
    const second = (await gqlOk(START, { t: templateId }, client.token)).startReflectionSession.id as string;
    await gqlOk(SHARE, { id: second, coaches: [coach.membershipId] }, client.token);
    expect((await shares.next()).data!.reflectionsSharedWithMe.sessionId).toBe(second);
    expect(shares.results).toHaveLength(2);
    expect(otherShares.results).toHaveLength(0);
  });

  it('stops delivering to a coach once the share is revoked, and ends a subscription whose login session was revoked', async () => {
    const { org, coach, client } = await coachingFixture();
    const templateId = await createTemplate(client.token, { personal: true });
    // The owner signs in on a second device: the first device's session is revoked later.
    const device = (
      await gqlOk(`mutation($e: String!, $p: String!, $o: ID) { login(email: $e, password: $p, organisationId: $o) { accessToken } }`, {
        e: client.email,
        p: client.password,
        o: org.id,
      })
    ).login.accessToken as string;
    let coachStates: LiveSubscription<any> | undefined;
    let ownerStates: LiveSubscription<any> | undefined;
    let firstDevice: LiveSubscription<any> | undefined;
    // The interview runs on the second device; the first device's login session is revoked before completing.
    const sessionId = await runInterview({ ...client, token: device }, templateId, PERSONA_ANSWERS.slice(0, 2), async () => {
      const id = (await gqlOk(`{ mySessions { id } }`, {}, device)).mySessions[0].id as string;
      await gqlOk(
        `mutation($id: ID!, $c: [ID!]!) { shareReflection(sessionId: $id, coachMembershipIds: $c) { id } }`,
        { id, c: [coach.membershipId] },
        device,
      );
      const [coachLive, ownerLive, firstLive] = [connect(coach.token), connect(device), connect(client.token)];
      await Promise.all([coachLive.connected, ownerLive.connected, firstLive.connected]);
      coachStates = coachLive.subscribe(STATES, { id });
      ownerStates = ownerLive.subscribe(STATES, { id });
      firstDevice = firstLive.subscribe(STATES, { id });
      await new Promise((r) => setTimeout(r, 300));
      await gqlOk(`mutation($id: ID!) { revokeReflectionShare(sessionId: $id) { id } }`, { id }, device);
      await gqlOk(`mutation { logout }`, {}, client.token);
    });
    // The owner's other device sees the summary through to READY...
    const seen: string[] = [];
    while (seen.at(-1) !== 'READY') seen.push((await ownerStates!.next()).data!.reflectionSessionStates.summaryState);
    expect(
      (await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { summaryState } }`, { id: sessionId }, device)).reflectionSession
        .summaryState,
    ).toBe('READY');
    // ...while the coach, whose share was revoked, received nothing, and the logged-out device's subscription ended with nothing.
    expect(coachStates!.results).toHaveLength(0);
    await firstDevice!.ended;
    expect(firstDevice!.results).toHaveLength(0);
  });

  it('tells readers of a template when its research plan changes state', async () => {
    const { coach, client, templateId } = await coachingFixture();
    const PLAN = `subscription($id: ID!) { researchPlanState(templateId: $id) { templateId version planState planError } }`;
    // The plan written when the template was created is done before this test's generation starts.
    await eventually(async () => {
      const template = (await gqlOk(`query($id: ID!) { reflectionTemplate(id: $id) { planState } }`, { id: templateId }, coach.token))
        .reflectionTemplate;
      if (template.planState !== 'READY') throw new Error(`plan ${template.planState}`);
    }, 30_000);
    const live = connect(coach.token);
    await live.connected;
    const states = live.subscribe<any>(PLAN, { id: templateId });
    await new Promise((r) => setTimeout(r, 300));
    await gqlOk(`mutation($id: ID!) { generateResearchPlan(templateId: $id) { id planState } }`, { id: templateId }, coach.token);
    const seen: string[] = [];
    for (let i = 0; i < 4 && seen.at(-1) !== 'READY'; i++) {
      const result = await states.next();
      expect(result.data!.researchPlanState).toMatchObject({ templateId, version: 1, planError: null });
      seen.push(result.data!.researchPlanState.planState);
    }
    expect(inOrder(seen)).toBe(true);
    expect(seen.at(-1)).toBe('READY');
    // A participant to whom the coach's template was never assigned cannot read it, so cannot follow it.
    const outsider = connect(client.token);
    await outsider.connected;
    const refused = await outsider.subscribe(PLAN, { id: templateId }).next(10_000);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
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
    const sessionId = (await gqlOk(START, { t: await createTemplate(owner.token, { personal: true }) }, owner.token)).startReflectionSession
      .id as string;
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
