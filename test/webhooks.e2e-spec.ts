import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  createdOrganisationIds,
  createOrganisation,
  errorCode,
  eventually,
  gql,
  gqlOk,
  type TestMember,
  type TestOrganisation,
  testEnv,
} from '#testing';
import { ASSIGN, retireSchedules, SchedulerDriver } from './coaching.helpers.js';
import {
  completeWithSummary,
  createTemplate,
  openSession,
  ownerQuery,
  REVOKE,
  SHARE,
  startCoaching,
  withActionPlan,
} from './privacy.helpers.js';

jest.setTimeout(120_000);

const CREATE = `mutation($input: WebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { signingSecret endpoint { id url events enabled disabledReason consecutiveFailures } } }`;
const UPDATE = `mutation($id: ID!, $input: WebhookEndpointPatchInput!) {
  updateWebhookEndpoint(id: $id, input: $input) { id url events enabled disabledReason disabledAt consecutiveFailures } }`;
const LIST = `{ webhookEndpoints { id url events enabled disabledReason disabledAt consecutiveFailures } }`;
const ATTEMPTS = `query($id: ID!) { webhookDeliveryAttempts(endpointId: $id) {
  deliveryId eventId eventType deliveryStatus attempt succeeded statusCode durationMs error } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret endpoint { id } } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A local receiver: `answer` picks each request's status from what it received so far. */
async function receiver(
  answer: (path: string, body: string, earlier: Received[]) => number,
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const status = answer(
        req.url ?? '',
        body,
        received.filter((r) => r.path === req.url),
      );
      received.push({ path: req.url ?? '', headers: req.headers, body, status });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The receiver's check, as documented in the README (Webhooks, verifying a delivery). */
function verifies(secret: string, header: string | undefined, rawBody: string, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=') as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex'), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const ANSWERS = [
  'I coordinate the quarterly migration of our billing ledger and I am proud of the zero-downtime cutover plan I wrote.',
  'Honestly the weekly vendor escalations with Quillfeather Logistics drain me and I want to hand them over.',
];

describe('webhooks', () => {
  let org: TestOrganisation;
  let coach: TestMember;
  let participant: TestMember;
  let templateId: string;
  const receivers: Array<{ close: () => Promise<void> }> = [];

  beforeAll(async () => {
    org = await createOrganisation();
    [coach, participant] = await Promise.all([
      org.addMember(['COACH'], { displayName: 'Coach Ingrid Vantongeren' }),
      org.addMember(['PARTICIPANT'], { displayName: 'Participant Bartholomew Quince' }),
    ]);
    await startCoaching(org, coach, participant);
    templateId = await createTemplate(coach.token);
  });

  afterAll(async () => {
    await retireSchedules([...createdOrganisationIds()]);
    await Promise.all(receivers.map((r) => r.close()));
  });

  /** Requests of one event type, parsed. */
  const bodiesOf = (hook: { received: Received[] }, type: string) =>
    hook.received.map((r) => JSON.parse(r.body)).filter((b) => b.type === type);

  it('delivers signed events with ids only, retries a 500 with backoff, and logs every attempt', async () => {
    // Every event fails once, then succeeds.
    const failedOnce = new Set<string>();
    const flaky = await receiver((_path, body) => {
      const id = (JSON.parse(body) as { id: string }).id;
      if (failedOnce.has(id)) return 200;
      failedOnce.add(id);
      return 500;
    });
    receivers.push(flaky);

    const created = await gqlOk(
      CREATE,
      { input: { url: `${flaky.url}/hooks`, events: ['SUMMARY_READY', 'REFLECTION_SHARED', 'REFLECTION_SHARE_REVOKED'] } },
      org.admin.token,
    );
    const { signingSecret, endpoint } = created.createWebhookEndpoint;
    expect(signingSecret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ url: `${flaky.url}/hooks`, enabled: true, disabledReason: null, consecutiveFailures: 0 });
    expect(endpoint.events).toEqual(expect.arrayContaining(['SUMMARY_READY', 'REFLECTION_SHARED', 'REFLECTION_SHARE_REVOKED']));
    // The secret is shown once: the list has no field for it.
    expect(JSON.stringify((await gqlOk(LIST, {}, org.admin.token)).webhookEndpoints)).not.toContain(signingSecret);

    const sessionId = await openSession(participant, templateId, ANSWERS[0]);
    await gqlOk(
      `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { id } } }`,
      { id: sessionId, c: ANSWERS[1] },
      participant.token,
    );
    await completeWithSummary(participant, sessionId);
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, participant.token);
    await gqlOk(REVOKE, { id: sessionId, coaches: null }, participant.token);

    const types = ['summary.ready', 'reflection.shared', 'reflection.share_revoked'];
    await eventually(async () => {
      const succeeded = flaky.received.filter((r) => r.status === 200).map((r) => JSON.parse(r.body).type);
      if (!types.every((t) => succeeded.includes(t))) throw new Error(`delivered so far: ${succeeded.join(', ')}`);
    }, 60_000);

    for (const type of types) {
      const requests = flaky.received.filter((r) => JSON.parse(r.body).type === type);
      // First attempt got a 500, the retry succeeded: the same event, signed each time.
      expect(requests.map((r) => [r.status, r.headers['waypoint-attempt']])).toEqual([
        [500, '1'],
        [200, '2'],
      ]);
      expect(new Set(requests.map((r) => r.headers['waypoint-event-id'])).size).toBe(1);
      for (const request of requests) {
        expect(request.path).toBe('/hooks');
        expect(request.headers['content-type']).toBe('application/json');
        expect(request.headers['waypoint-event']).toBe(type);
        expect(verifies(signingSecret, request.headers['waypoint-signature'] as string, request.body)).toBe(true);
        expect(verifies('whsec_not-the-secret', request.headers['waypoint-signature'] as string, request.body)).toBe(false);
        expect(
          verifies(
            signingSecret,
            request.headers['waypoint-signature'] as string,
            request.body.replace(sessionId, participant.membershipId),
          ),
        ).toBe(false);
      }
      const payload = JSON.parse(requests[1]!.body);
      expect(Object.keys(payload).sort()).toEqual(['data', 'id', 'occurredAt', 'organisationId', 'type']);
      expect(payload).toMatchObject({
        id: requests[0]!.headers['waypoint-event-id'],
        type,
        organisationId: org.id,
        data: { sessionId, participantMembershipId: participant.membershipId },
      });
      expect(Number.isNaN(Date.parse(payload.occurredAt))).toBe(false);
    }
    const shared = JSON.parse(flaky.received.find((r) => JSON.parse(r.body).type === 'reflection.shared')!.body);
    expect(shared.data.coachMembershipIds).toEqual([coach.membershipId]);

    // No request carried what the participant typed, what the summary says, or anyone's name or email.
    const [summary] = await ownerQuery(`SELECT overview FROM reflection_summaries WHERE session_id = $1`, [sessionId]);
    const everything = flaky.received.map((r) => `${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
    const secrets = [
      ...ANSWERS,
      ...ANSWERS.flatMap((a) => a.split(/[,.]/).filter((part) => part.trim().length > 12)),
      summary.overview,
      'Quillfeather',
      'billing ledger',
    ];
    for (const text of [...secrets, participant.email, coach.email, org.admin.email, 'Bartholomew', 'Vantongeren']) {
      expect(everything).not.toContain(text.trim());
    }

    // The admin's delivery log: each event's failed attempt with its status, then its success.
    const log = (await gqlOk(ATTEMPTS, { id: endpoint.id }, org.admin.token)).webhookDeliveryAttempts;
    expect(log).toHaveLength(6);
    for (const type of types) {
      const entries = log
        .filter((e: { eventType: string }) => e.eventType === type)
        .sort((a: { attempt: number }, b: { attempt: number }) => a.attempt - b.attempt);
      expect(entries).toMatchObject([
        { attempt: 1, succeeded: false, statusCode: 500, error: 'HTTP 500', deliveryStatus: 'SUCCEEDED' },
        { attempt: 2, succeeded: true, statusCode: 200, error: null, deliveryStatus: 'SUCCEEDED' },
      ]);
      expect(entries[0].durationMs).toBeGreaterThanOrEqual(0);
    }
    const [after] = (await gqlOk(LIST, {}, org.admin.token)).webhookEndpoints;
    expect(after).toMatchObject({ id: endpoint.id, enabled: true, consecutiveFailures: 0, disabledReason: null });

    // A rotated secret signs what comes next; the old one no longer verifies.
    const rotated = (await gqlOk(ROTATE, { id: endpoint.id }, org.admin.token)).rotateWebhookSecret.signingSecret;
    expect(rotated).not.toBe(signingSecret);
    const before = flaky.received.length;
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, participant.token);
    const next = await eventually(async () => {
      const found = flaky.received.slice(before).find((r) => r.status === 200);
      if (!found) throw new Error('no new delivery yet');
      return found;
    }, 30_000);
    expect(verifies(rotated, next.headers['waypoint-signature'] as string, next.body)).toBe(true);
    expect(verifies(signingSecret, next.headers['waypoint-signature'] as string, next.body)).toBe(false);
  });

  it('disables an endpoint that keeps failing, with the reason, and stops sending to it', async () => {
    const broken = await receiver(() => 500);
    receivers.push(broken);
    const { endpoint } = (await gqlOk(CREATE, { input: { url: `${broken.url}/broken`, events: ['REFLECTION_SHARED'] } }, org.admin.token))
      .createWebhookEndpoint;

    const sessionId = await openSession(participant, templateId, ANSWERS[0]);
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, participant.token);

    const disabled = await eventually(async () => {
      const found = (await gqlOk(LIST, {}, org.admin.token)).webhookEndpoints.find((e: { id: string }) => e.id === endpoint.id);
      if (found.enabled) throw new Error(`still enabled after ${found.consecutiveFailures} failures`);
      return found;
    }, 30_000);
    // WEBHOOK_DISABLE_AFTER_FAILURES=4 in the test environment (and 5 attempts per delivery).
    expect(disabled).toMatchObject({
      enabled: false,
      consecutiveFailures: 4,
      disabledReason: 'Disabled after 4 failed delivery attempts in a row (last: HTTP 500)',
    });
    expect(disabled.disabledAt).not.toBeNull();
    // Past the next backoff (at most 1 s here), nothing more was sent.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(broken.received.map((r) => r.headers['waypoint-attempt'])).toEqual(['1', '2', '3', '4']);
    const log = (await gqlOk(ATTEMPTS, { id: endpoint.id }, org.admin.token)).webhookDeliveryAttempts;
    expect(
      log.map((e: { attempt: number; statusCode: number; deliveryStatus: string }) => [e.attempt, e.statusCode, e.deliveryStatus]),
    ).toEqual([
      [4, 500, 'FAILED'],
      [3, 500, 'FAILED'],
      [2, 500, 'FAILED'],
      [1, 500, 'FAILED'],
    ]);

    // A disabled endpoint gets no new deliveries; enabling it again clears its failures.
    await gqlOk(REVOKE, { id: sessionId, coaches: null }, participant.token);
    await gqlOk(SHARE, { id: sessionId, coaches: [coach.membershipId] }, participant.token);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(broken.received).toHaveLength(4);
    const enabled = (await gqlOk(UPDATE, { id: endpoint.id, input: { enabled: true } }, org.admin.token)).updateWebhookEndpoint;
    expect(enabled).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null, disabledAt: null });
    expect((await gqlOk(DELETE, { id: endpoint.id }, org.admin.token)).deleteWebhookEndpoint).toBe(endpoint.id);
    expect(errorCode(await gql(ATTEMPTS, { id: endpoint.id }, org.admin.token))).toBe('NOT_FOUND');
  });

  it('lets only organisation admins manage endpoints', async () => {
    const hr = await org.addMember(['HR']);
    const input = { url: 'https://hooks.example.com/waypoint', events: ['SUMMARY_READY'] };
    for (const member of [coach, participant, hr]) {
      expect(errorCode(await gql(CREATE, { input }, member.token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(LIST, {}, member.token))).toBe('FORBIDDEN');
    }
    const [count] = await ownerQuery(`SELECT count(*)::int AS n FROM webhook_endpoints WHERE organisation_id = $1 AND url = $2`, [
      org.id,
      input.url,
    ]);
    expect(count.n).toBe(0);

    // Another organisation's admin sees none of them and cannot touch them.
    const mine = (await gqlOk(CREATE, { input: { url: 'http://127.0.0.1:9/never-called', events: ['SUMMARY_READY'] } }, org.admin.token))
      .createWebhookEndpoint.endpoint;
    const other = await createOrganisation();
    expect((await gqlOk(LIST, {}, other.admin.token)).webhookEndpoints).toEqual([]);
    expect(errorCode(await gql(UPDATE, { id: mine.id, input: { enabled: false } }, other.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(ROTATE, { id: mine.id }, other.admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(DELETE, { id: mine.id }, other.admin.token))).toBe('NOT_FOUND');
    await gqlOk(DELETE, { id: mine.id }, org.admin.token);
  });

  it('refuses URLs that point to private networks, as for model endpoints', async () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://[::1]:8080/hook',
      'http://localhost:8080/hook',
      'http://192.168.1.20/hook',
    ]) {
      const result = await gql(CREATE, { input: { url, events: ['SUMMARY_READY'] } }, org.admin.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_NOT_ALLOWED' });
      expect(result.errors?.[0]?.message).toContain('private');
    }
    for (const url of ['ftp://hooks.example.com/x', 'https://user:pw@hooks.example.com/x', 'not a url']) {
      const result = await gql(CREATE, { input: { url, events: ['SUMMARY_READY'] } }, org.admin.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_WEBHOOK_URL' });
    }
    const { endpoint } = (await gqlOk(CREATE, { input: { url: 'http://127.0.0.1:9/ok', events: ['SESSION_DUE'] } }, org.admin.token))
      .createWebhookEndpoint;
    const moved = await gql(UPDATE, { id: endpoint.id, input: { url: 'http://169.254.169.254/' } }, org.admin.token);
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_NOT_ALLOWED' });
    const [stored] = await ownerQuery(`SELECT url FROM webhook_endpoints WHERE id = $1`, [endpoint.id]);
    expect(stored.url).toBe('http://127.0.0.1:9/ok');
    await gqlOk(DELETE, { id: endpoint.id }, org.admin.token);
  });
  it('announces action item changes with ids, status and progress only', async () => {
    const hook = await receiver(() => 204);
    receivers.push(hook);
    const { endpoint, signingSecret } = (
      await gqlOk(CREATE, { input: { url: `${hook.url}/items`, events: ['ACTION_ITEM_CHANGED'] } }, org.admin.token)
    ).createWebhookEndpoint;
    const sessionId = await openSession(participant, templateId, ANSWERS[1]);
    await completeWithSummary(participant, sessionId);
    const { planId, itemIds } = await withActionPlan(participant, sessionId);
    // The plan's own items are written by the worker: only the participant's changes are announced.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bodiesOf(hook, 'action_item.changed')).toEqual([]);
    await gqlOk(
      `mutation($id: ID!) { updateActionItem(id: $id, status: IN_PROGRESS, progress: 40) { id } }`,
      { id: itemIds[0] },
      participant.token,
    );
    const [changed] = await eventually(async () => {
      const found = bodiesOf(hook, 'action_item.changed');
      if (!found.length) throw new Error('no action item event yet');
      return found;
    }, 30_000);
    expect(changed).toMatchObject({
      type: 'action_item.changed',
      organisationId: org.id,
      data: {
        actionItemId: itemIds[0],
        actionPlanId: planId,
        participantMembershipId: participant.membershipId,
        status: 'IN_PROGRESS',
        progress: 40,
      },
    });
    expect(Object.keys(changed.data).sort()).toEqual(['actionItemId', 'actionPlanId', 'participantMembershipId', 'progress', 'status']);
    const request = hook.received.find((r) => JSON.parse(r.body).type === 'action_item.changed')!;
    expect(verifies(signingSecret, request.headers['waypoint-signature'] as string, request.body)).toBe(true);
    await gqlOk(DELETE, { id: endpoint.id }, org.admin.token);
  });

  it('announces sessions the scheduler makes due and expires', async () => {
    const hook = await receiver(() => 204);
    receivers.push(hook);
    await gqlOk(CREATE, { input: { url: `${hook.url}/schedule`, events: ['SESSION_DUE', 'SESSION_EXPIRED'] } }, org.admin.token);
    const startsAt = '2046-03-02T09:00:00.000Z';
    const [assignment] = (
      await gqlOk(
        ASSIGN,
        { input: { templateId, participantMembershipIds: [participant.membershipId], cadence: 'ONCE', startsAt, timezone: 'UTC' } },
        org.admin.token,
      )
    ).assignTemplate;
    const driver = await new SchedulerDriver().ready();
    try {
      await driver.run('2046-03-02T09:05:00.000Z');
      const [session] = await ownerQuery(
        `SELECT id, window_closes_at FROM reflection_sessions WHERE organisation_id = $1 AND assignment_id = $2`,
        [org.id, assignment.id],
      );
      const [due] = await eventually(async () => {
        const found = bodiesOf(hook, 'session.due');
        if (!found.length) throw new Error('no session.due yet');
        return found;
      }, 30_000);
      expect(due).toMatchObject({
        organisationId: org.id,
        data: { sessionId: session.id, participantMembershipId: participant.membershipId, assignmentId: assignment.id, dueAt: startsAt },
      });

      await driver.run(new Date(new Date(session.window_closes_at).getTime() + 60_000));
      const [expired] = await eventually(async () => {
        const found = bodiesOf(hook, 'session.expired');
        if (!found.length) throw new Error('no session.expired yet');
        return found;
      }, 30_000);
      expect(expired).toMatchObject({
        organisationId: org.id,
        data: { sessionId: session.id, participantMembershipId: participant.membershipId, assignmentId: assignment.id },
      });
      expect(bodiesOf(hook, 'session.due')).toHaveLength(1);
    } finally {
      await driver.close();
    }
  });

  it('queues again the attempts whose jobs Redis lost', async () => {
    const hook = await receiver(() => 200);
    receivers.push(hook);
    const { endpoint } = (await gqlOk(CREATE, { input: { url: `${hook.url}/lost`, events: ['REFLECTION_SHARED'] } }, org.admin.token))
      .createWebhookEndpoint;
    // Two deliveries whose jobs are nowhere in Redis: a first attempt never made, and a retry overdue for ten minutes.
    const deliveries = await ownerQuery(
      `INSERT INTO webhook_deliveries (organisation_id, endpoint_id, event_id, event_type, payload, attempts, next_attempt_at, created_at)
       SELECT $1::uuid, $2::uuid, e.id, 'reflection.shared', jsonb_build_object('id', e.id, 'type', 'reflection.shared', 'organisationId', $1::uuid, 'data', '{}'::jsonb),
              a, CASE WHEN a = 0 THEN NULL ELSE now() - interval '10 minutes' END, now() - interval '20 minutes'
         FROM (VALUES (gen_random_uuid(), 0), (gen_random_uuid(), 1)) AS e(id, a)
       RETURNING id, event_id, attempts`,
      [org.id, endpoint.id],
    );
    // Only the sweep (run here at once; the worker's own runs every minute) can find them.
    const redis = new Redis(testEnv().REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue('webhooks', { connection: redis, prefix: testEnv().QUEUE_PREFIX });
    try {
      const sweep = await queue.add(
        'resend-webhook-deliveries',
        { organisationId: null, olderThanSeconds: 60 },
        { jobId: `test-sweep-${endpoint.id}` },
      );
      await eventually(async () => {
        if (!(await Job.fromId(queue, sweep.id!))?.finishedOn) throw new Error('sweep not done');
      }, 30_000);
      await eventually(async () => {
        const rows = await ownerQuery(`SELECT status FROM webhook_deliveries WHERE endpoint_id = $1 AND status <> 'SUCCEEDED'`, [
          endpoint.id,
        ]);
        if (rows.length) throw new Error(`${rows.length} deliveries not delivered yet`);
      }, 30_000);
    } finally {
      await queue.close();
      await redis.quit();
    }
    const sent = hook.received.map((r) => [JSON.parse(r.body).id, r.headers['waypoint-attempt']]).sort();
    expect(sent).toEqual(deliveries.map((d) => [d.event_id, String(d.attempts + 1)]).sort());
    await gqlOk(DELETE, { id: endpoint.id }, org.admin.token);
  });
  it('writes no event for an organisation with no endpoint listening to it', async () => {
    const quiet = await createOrganisation();
    const [qCoach, qParticipant] = await Promise.all([quiet.addMember(['COACH']), quiet.addMember(['PARTICIPANT'])]);
    await startCoaching(quiet, qCoach, qParticipant);
    const sessionId = await openSession(qParticipant, await createTemplate(qCoach.token), ANSWERS[0]);
    const events = async () =>
      (
        await ownerQuery(
          `SELECT payload -> 'event' ->> 'type' AS type FROM outbox_jobs WHERE organisation_id = $1 AND job_name = 'fan-out-webhook-event'`,
          [quiet.id],
        )
      ).map((r) => r.type);
    const reshare = async () => {
      await gqlOk(SHARE, { id: sessionId, coaches: [qCoach.membershipId] }, qParticipant.token);
      await gqlOk(REVOKE, { id: sessionId, coaches: null }, qParticipant.token);
    };

    await reshare();
    expect(await events()).toEqual([]);
    // An endpoint for other events, or a disabled one, does not listen either.
    const { endpoint } = (await gqlOk(CREATE, { input: { url: 'http://127.0.0.1:9/quiet', events: ['SUMMARY_READY'] } }, quiet.admin.token))
      .createWebhookEndpoint;
    await gqlOk(UPDATE, { id: endpoint.id, input: { events: ['REFLECTION_SHARED'], enabled: false } }, quiet.admin.token);
    await reshare();
    expect(await events()).toEqual([]);
    await gqlOk(UPDATE, { id: endpoint.id, input: { enabled: true } }, quiet.admin.token);
    await reshare();
    expect(await events()).toEqual(['reflection.shared']);
    await gqlOk(DELETE, { id: endpoint.id }, quiet.admin.token);
  });
});
