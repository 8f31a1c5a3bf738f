import { randomUUID } from 'node:crypto';
import { type Job, Queue, QueueEvents } from 'bullmq';
import {
  type CapturedMail,
  createdOrganisationIds,
  createOrganisation,
  eventually,
  gqlOk,
  mailFor,
  ownerQuery,
  type TestMember,
  type TestOrganisation,
  testEnv,
} from '#testing';

// Queue and job names as the worker knows them (libs/jobs); kept literal so tests load no Nest code.
const HOUSEKEEPING = 'housekeeping';
const EMAIL = 'email';
const MATERIALISE = 'materialise-due-sessions';
const SEND_REMINDER = 'send-reminder';

export const ASSIGNMENT_FIELDS = `id cadence rrule timezone startsAt nextDueAt windowDays cancelled
  template { id title version } participant { id } assignedBy { id }`;

export const START = `mutation($coach: ID!, $participant: ID!) {
  startCoaching(coachMembershipId: $coach, participantMembershipId: $participant) { id active startedAt endedAt coach { id } participant { id } } }`;
export const END = `mutation($id: ID!) { endCoaching(relationshipId: $id) { id active endedAt } }`;
export const ASSIGN = `mutation($input: AssignInput!) { assignTemplate(input: $input) { ${ASSIGNMENT_FIELDS} } }`;

export async function createTemplate(token: string, title = `Quarterly career check-in ${randomUUID().slice(0, 6)}`): Promise<string> {
  const created = await gqlOk<{ createReflectionTemplate: { id: string } }>(
    `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
    { input: { title, primaryQuestion: 'How satisfied are you with where your career is heading?' } },
    token,
  );
  return created.createReflectionTemplate.id;
}

export interface CoachingFixture {
  org: TestOrganisation;
  coach: TestMember;
  client: TestMember;
  relationshipId: string;
  templateId: string;
}

/** An organisation with a coach, an active client of theirs, and a library template of the coach. */
export async function coachingFixture(): Promise<CoachingFixture> {
  const org = await createOrganisation();
  const [coach, client] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
  const started = await gqlOk(START, { coach: coach.membershipId, participant: client.membershipId }, org.admin.token);
  const templateId = await createTemplate(coach.token);
  return { org, coach, client, relationshipId: started.startCoaching.id, templateId };
}

export { ownerQuery };

/** Check-in reminders that reached the test SMTP server for this address (not other mail). */
export async function reminderMails(address: string): Promise<CapturedMail[]> {
  return (await mailFor(address)).filter((mail) => /^Subject: (Time to reflect|Closing soon):/m.test(mail.raw));
}

export function waitForReminders(address: string, count: number): Promise<CapturedMail[]> {
  return eventually(async () => {
    const mails = await reminderMails(address);
    if (mails.length < count) throw new Error(`expected ${count} reminder(s) for ${address}, got ${mails.length}`);
    return mails;
  }, 30_000);
}

/**
 * Ends every schedule of these organisations: the scheduler runs across organisations, so a
 * finished test leaves nothing that a later run (with a later clock) would keep materialising.
 */
export async function retireSchedules(organisationIds: string[]): Promise<void> {
  if (!organisationIds.length) return;
  await ownerQuery(
    `UPDATE assignments SET cancelled_at = now(), next_due_at = NULL WHERE organisation_id = ANY($1) AND cancelled_at IS NULL`,
    [organisationIds],
  );
  await ownerQuery(
    `UPDATE session_reminders SET done_at = now(), outcome = 'SKIPPED' WHERE organisation_id = ANY($1) AND done_at IS NULL`,
    [organisationIds],
  );
}

/**
 * Drives the real worker's scheduler with a chosen clock: enqueues the scheduler job with `asOf`
 * on the run's queues and waits until a worker has completed it (no sleeping).
 */
export class SchedulerDriver {
  private readonly prefix = testEnv().QUEUE_PREFIX!;
  readonly housekeeping = new Queue(HOUSEKEEPING, { connection: redisOptions(), prefix: this.prefix });
  readonly email = new Queue(EMAIL, { connection: redisOptions(), prefix: this.prefix });
  private readonly housekeepingEvents = new QueueEvents(HOUSEKEEPING, { connection: redisOptions(), prefix: this.prefix });
  private readonly emailEvents = new QueueEvents(EMAIL, { connection: redisOptions(), prefix: this.prefix });

  async ready(): Promise<this> {
    await Promise.all([this.housekeepingEvents.waitUntilReady(), this.emailEvents.waitUntilReady()]);
    return this;
  }

  /** Runs the scheduler once as of `asOf` and returns its report. */
  async run(asOf: string | Date): Promise<any> {
    const [run] = await this.runConcurrently(asOf, 1);
    return run.result;
  }

  /** Enqueues `count` scheduler runs for the same instant at once (for several workers to pick up). */
  async runConcurrently(asOf: string | Date, count: number): Promise<Array<{ result: any; processedOn: number; finishedOn: number }>> {
    // Scoped to this file's organisations: test files share one database and run in parallel.
    const data = { organisationId: null, asOf: new Date(asOf).toISOString(), organisationIds: [...createdOrganisationIds()] };
    const jobs = await this.housekeeping.addBulk(
      Array.from({ length: count }, () => ({ name: MATERIALISE, data, opts: { jobId: `test-${randomUUID()}` } })),
    );
    return Promise.all(
      jobs.map(async (job: Job) => {
        const result = await job.waitUntilFinished(this.housekeepingEvents, 45_000);
        const done = (await this.housekeeping.getJob(job.id!))!;
        return { result, processedOn: done.processedOn!, finishedOn: done.finishedOn! };
      }),
    );
  }

  /** Delivers a reminder job again under a new id, as a re-delivery would, and waits for it. */
  async redeliverReminder(organisationId: string, sessionId: string, kind: 'DUE' | 'CLOSING'): Promise<string> {
    const job = await this.email.add(SEND_REMINDER, { organisationId, sessionId, kind }, { jobId: `test-${randomUUID()}` });
    return job.waitUntilFinished(this.emailEvents, 30_000);
  }

  async workerCount(): Promise<number> {
    return (await this.housekeeping.getWorkers()).length;
  }

  async close(): Promise<void> {
    await Promise.all([this.housekeepingEvents.close(), this.emailEvents.close(), this.housekeeping.close(), this.email.close()]);
  }
}

/** Connection options for the run's Redis; each queue object owns its connection. */
function redisOptions(): { host: string; port: number; db: number; maxRetriesPerRequest: null } {
  const url = new URL(testEnv().REDIS_URL!);
  return { host: url.hostname, port: Number(url.port || 6379), db: Number(url.pathname.slice(1) || 0), maxRetriesPerRequest: null };
}
