import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { createOrganisation, errorCode, gql, gqlOk, testEnv, waitForLog } from '#testing';
import {
  BALANCE,
  CREATE,
  create,
  EDIT_PLAN,
  failingProvider,
  GENERATE,
  GET,
  MANAGEMENT,
  ownerQuery,
  planIn,
  SET_LLM,
  UPDATE,
  written,
} from './templates.helpers.js';

// Plans are written by the worker; on a loaded machine a test can take longer than the default 5 s.
jest.setTimeout(60_000);

describe('reflection templates and research plans over HTTP', () => {
  it('creates a template with every seed field, generates its plan in the worker and serves it', async () => {
    const org = await createOrganisation();
    const coach = await org.addMember(['COACH']);

    const created = await create(coach.token, MANAGEMENT);
    expect(created).toMatchObject({
      ...MANAGEMENT,
      version: 1,
      currentVersion: 1,
      requireSignIn: true,
      defaultVisibility: 'PRIVATE',
      planState: 'PENDING',
      archived: false,
      personal: false,
      warnings: [],
      owner: { id: coach.membershipId },
    });

    const generated = (await gqlOk(GENERATE, { id: created.id }, coach.token)).generateResearchPlan;
    expect(generated.planState).toBe('PENDING');

    const ready = await planIn(coach.token, created.id, 'READY');
    const plan = ready.plan;
    expect(plan.model).toBe('embedded');
    expect(plan.researchType).toMatch(/\w/);
    expect(plan.framework).toMatch(/\w/);
    expect(plan.approach).toMatch(/\w/);
    expect(plan.objectives).toHaveLength(3);
    expect(plan.coreQuestions.length).toBeGreaterThanOrEqual(3);
    expect(plan.stages.length).toBeGreaterThanOrEqual(4);
    expect(plan.stages.length).toBeLessThanOrEqual(8);
    for (const stage of plan.stages) {
      expect(stage.key).toMatch(/^[a-z0-9]+([-_][a-z0-9]+)*$/);
      expect(stage.questions.length).toBeGreaterThan(0);
    }
    // The mandatory question is asked word for word, and the plan is about the template's question.
    expect(plan.stages.flatMap((s: any) => s.questions)).toContain(MANAGEMENT.mandatoryQuestions[0]);
    expect(JSON.stringify(plan.objectives).toLowerCase()).toContain('management');
    const [stored] = await ownerQuery(
      `SELECT plan_provider, plan_model, plan_prompt_version FROM reflection_template_versions WHERE template_id = $1`,
      [created.id],
    );
    expect(stored).toEqual({ plan_provider: 'embedded', plan_model: 'embedded', plan_prompt_version: 'research-plan@1' });
  });

  it('writes clearly different plans for different primary questions', async () => {
    const org = await createOrganisation();
    const [management, balance] = await Promise.all([create(org.admin.token, MANAGEMENT), create(org.admin.token, BALANCE)]);
    const [a, b] = await Promise.all([planIn(org.admin.token, management.id, 'READY'), planIn(org.admin.token, balance.id, 'READY')]);
    expect(a.plan.researchType).not.toBe(b.plan.researchType);
    expect(a.plan.framework).not.toBe(b.plan.framework);
    expect(a.plan.objectives.filter((o: string) => b.plan.objectives.includes(o))).toEqual([]);
    expect(JSON.stringify(b.plan).toLowerCase()).toContain('work-life balance');
    expect(JSON.stringify(b.plan).toLowerCase()).not.toContain('engineering management');
  });

  it.each([
    ['a title over 200 characters', { ...BALANCE, title: 't'.repeat(201) }],
    ['a primary question over 1000 characters', { ...BALANCE, primaryQuestion: 'q'.repeat(1001) }],
    ['a welcome message over 500 characters', { ...BALANCE, welcomeMessage: 'w'.repeat(501) }],
    ['a javascript: call-to-action URL', { ...BALANCE, closingCta: { text: 'Click', url: 'javascript:alert(document.cookie)' } }],
    ['11 mandatory questions', { ...BALANCE, mandatoryQuestions: Array.from({ length: 11 }, (_, i) => `Question ${i + 1}?`) }],
    ['11 goals', { ...BALANCE, goals: Array.from({ length: 11 }, (_, i) => `Goal ${i + 1}`) }],
    ['0 estimated minutes', { ...BALANCE, estimatedMinutes: 0 }],
    ['a blank title', { ...BALANCE, title: '   ' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, input) => {
    const org = await createOrganisation();
    const before = await written(org.id);
    const result = await gql(CREATE, { input }, org.admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
    expect(await written(org.id)).toEqual(before);
  });

  it('allows up to 10 mandatory questions and warns past 3', async () => {
    const org = await createOrganisation();
    const three = await create(org.admin.token, { ...BALANCE, mandatoryQuestions: ['One?', 'Two?', 'Three?'] });
    expect(three.warnings).toEqual([]);
    const questions = Array.from({ length: 10 }, (_, i) => `What is important to me about area ${i + 1}?`);
    const ten = await create(org.admin.token, { ...BALANCE, mandatoryQuestions: questions });
    expect(ten.mandatoryQuestions).toEqual(questions);
    expect(ten.warnings).toHaveLength(1);
    expect(ten.warnings[0]).toMatch(/10 mandatory questions.*3/);
  });

  it('versions on update: earlier versions stay readable; the plan is kept or regenerated as the content requires', async () => {
    const org = await createOrganisation();
    const coach = await org.addMember(['COACH']);
    const v1 = await create(coach.token, MANAGEMENT);
    const ready1 = await planIn(coach.token, v1.id, 'READY');

    // Only the welcome message changes: the plan does not depend on it and is carried over.
    const v2 = (
      await gqlOk(
        UPDATE,
        { id: v1.id, input: { title: MANAGEMENT.title, primaryQuestion: MANAGEMENT.primaryQuestion, welcomeMessage: 'Welcome back.' } },
        coach.token,
      )
    ).updateReflectionTemplate;
    expect(v2).toMatchObject({
      id: v1.id,
      version: 2,
      currentVersion: 2,
      welcomeMessage: 'Welcome back.',
      goals: MANAGEMENT.goals,
      closingCta: MANAGEMENT.closingCta,
      planState: 'READY',
    });
    expect(v2.plan).toEqual(ready1.plan);

    // A new primary question: a new plan for the new version.
    const v3 = (await gqlOk(UPDATE, { id: v1.id, input: { ...BALANCE, closingCta: null } }, coach.token)).updateReflectionTemplate;
    expect(v3).toMatchObject({ version: 3, title: BALANCE.title, closingCta: null, planState: 'PENDING' });
    const ready3 = await planIn(coach.token, v1.id, 'READY');
    expect(ready3.plan.researchType).not.toBe(ready1.plan.researchType);

    const old = (await gqlOk(GET, { id: v1.id, version: 1 }, coach.token)).reflectionTemplate;
    expect(old).toMatchObject({
      version: 1,
      currentVersion: 3,
      title: MANAGEMENT.title,
      primaryQuestion: MANAGEMENT.primaryQuestion,
      welcomeMessage: MANAGEMENT.welcomeMessage,
    });
    expect(old.plan).toEqual(ready1.plan);
    expect(errorCode(await gql(GET, { id: v1.id, version: 9 }, coach.token))).toBe('NOT_FOUND');

    // An invalid update leaves no new version behind.
    const bad = await gql(UPDATE, { id: v1.id, input: { ...BALANCE, closingCta: { text: 'x', url: 'ftp://files.example' } } }, coach.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((await gqlOk(GET, { id: v1.id }, coach.token)).reflectionTemplate.version).toBe(3);
  });

  it('marks the plan FAILED with a message when the provider keeps failing, and READY on a retry with a working model', async () => {
    const org = await createOrganisation();
    const template = await create(org.admin.token, MANAGEMENT);
    await planIn(org.admin.token, template.id, 'READY');
    const provider = await failingProvider();
    try {
      const set = (await gqlOk(SET_LLM, { provider: 'openai', model: 'test', baseUrl: provider.baseUrl }, org.admin.token))
        .setOrganisationLlm;
      expect(set).toEqual({ provider: 'openai', model: 'test', baseUrl: provider.baseUrl, overridden: true });

      await gqlOk(GENERATE, { id: template.id }, org.admin.token);
      const failed = await planIn(org.admin.token, template.id, 'FAILED');
      expect(failed.planError).toMatch(/research plan could not be generated/i);
      expect(failed.planError).toContain('HTTP 500');
      expect(failed.planError).not.toContain(MANAGEMENT.primaryQuestion);
      expect(provider.hits()).toBeGreaterThanOrEqual(2); // retried before giving up
      expect(failed.plan.model).toBe('embedded'); // the earlier plan stays readable

      await gqlOk(SET_LLM, { provider: 'embedded' }, org.admin.token);
      await gqlOk(GENERATE, { id: template.id }, org.admin.token);
      const ready = await planIn(org.admin.token, template.id, 'READY');
      expect(ready.planError).toBeNull();
      expect(ready.plan.objectives).toHaveLength(3);
    } finally {
      provider.server.closeAllConnections();
      provider.server.close();
    }
  });

  it('never writes twice for a re-delivered or stale job', async () => {
    const org = await createOrganisation();
    const template = await create(org.admin.token, BALANCE);
    const ready = await planIn(org.admin.token, template.id, 'READY');
    const [current] = await ownerQuery(`SELECT plan_request_id FROM reflection_template_versions WHERE template_id = $1`, [template.id]);
    const usage = async () => (await ownerQuery(`SELECT count(*)::int AS n FROM llm_usage WHERE organisation_id = $1`, [org.id]))[0].n;
    const callsBefore = await usage();

    const env = testEnv();
    const connection = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
    const blocking = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue('llm', { connection, prefix: env.QUEUE_PREFIX });
    const events = new QueueEvents('llm', { connection: blocking, prefix: env.QUEUE_PREFIX });
    try {
      await events.waitUntilReady();
      const base = { organisationId: org.id, templateId: template.id, version: 1 };
      const redelivered = await queue.add(
        'generate-research-plan',
        { ...base, requestId: current.plan_request_id },
        { jobId: `redelivery-${randomUUID()}` },
      );
      const stale = await queue.add('generate-research-plan', { ...base, requestId: randomUUID() }, { jobId: `stale-${randomUUID()}` });
      expect(await redelivered.waitUntilFinished(events, 20_000)).toMatch(/^skipped/);
      expect(await stale.waitUntilFinished(events, 20_000)).toMatch(/^skipped/);
    } finally {
      await Promise.all([queue.close(), events.close()]);
      await Promise.all([connection.quit(), blocking.quit()].map((p) => p.catch(() => undefined)));
    }
    expect(await usage()).toBe(callsBefore);
    expect((await gqlOk(GET, { id: template.id }, org.admin.token)).reflectionTemplate).toMatchObject({
      planState: 'READY',
      plan: ready.plan,
    });
  });

  it('fails, loudly, a job for a template version this database does not have', async () => {
    const org = await createOrganisation();
    const env = testEnv();
    const connection = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
    const blocking = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue('llm', { connection, prefix: env.QUEUE_PREFIX });
    const events = new QueueEvents('llm', { connection: blocking, prefix: env.QUEUE_PREFIX });
    const templateId = randomUUID();
    try {
      await events.waitUntilReady();
      const job = await queue.add(
        'generate-research-plan',
        { organisationId: org.id, templateId, version: 1, requestId: randomUUID() },
        { jobId: `missing-${templateId}`, attempts: 1 },
      );
      await expect(job.waitUntilFinished(events, 20_000)).rejects.toThrow(/does not have/);
      expect(await queue.getJobState(job.id!)).toBe('failed');
    } finally {
      await Promise.all([queue.close(), events.close()]);
      await Promise.all([connection.quit(), blocking.quit()].map((p) => p.catch(() => undefined)));
    }
    const workerLog = join(env.WAYPOINT_TEST_LOG_DIR!, 'worker.log');
    await waitForLog(workerLog, templateId);
    const lines = (await readFile(workerLog, 'utf8')).split('\n').filter((l) => l.startsWith('{'));
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.templateId === templateId && l.level >= 50);
    expect(logged).toMatchObject({
      msg: 'research plan job for a template version this database does not have',
      err: { type: 'JobTargetMissingError' },
    });
  });

  it('lets the author edit the plan under the model-output rules', async () => {
    const org = await createOrganisation();
    const coach = await org.addMember(['COACH']);
    const template = await create(coach.token, MANAGEMENT);
    const { plan } = await planIn(coach.token, template.id, 'READY');
    const { model: _model, ...editable } = plan;
    const edited = { ...editable, objectives: ['Decide on the lead role', 'Name the support I need', 'Plan a three-month trial'] };

    const saved = (await gqlOk(EDIT_PLAN, { id: template.id, plan: edited }, coach.token)).updateResearchPlan;
    expect(saved).toMatchObject({ planState: 'READY', plan: { ...edited, model: 'coach' } });

    const tooFew = await gql(EDIT_PLAN, { id: template.id, plan: { ...edited, objectives: ['Only one'] } }, coach.token);
    expect(errorCode(tooFew)).toBe('BAD_USER_INPUT');
    const withoutMandatory = {
      ...edited,
      stages: edited.stages.map((s: any) => ({
        ...s,
        questions: s.questions.filter((q: string) => q !== MANAGEMENT.mandatoryQuestions[0]),
      })),
    };
    expect(errorCode(await gql(EDIT_PLAN, { id: template.id, plan: withoutMandatory }, coach.token))).toBe('BAD_USER_INPUT');
    expect((await gqlOk(GET, { id: template.id }, coach.token)).reflectionTemplate.plan.objectives).toEqual(edited.objectives);
  });
});
