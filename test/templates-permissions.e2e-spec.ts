import { randomUUID } from 'node:crypto';
import { describe, expect, it, jest } from '@jest/globals';
import { createOrganisation, errorCode, gql, gqlOk } from '#testing';
import {
  ARCHIVE,
  assign,
  BALANCE,
  CREATE,
  create,
  GENERATE,
  GET,
  LIST,
  MANAGEMENT,
  planIn,
  UNARCHIVE,
  UPDATE,
  written,
} from './templates.helpers.js';

// Plans are written by the worker; on a loaded machine a test can take longer than the default 5 s.
jest.setTimeout(60_000);

describe('template permissions', () => {
  it('hides a coach template from another organisation and from an unassigned participant (NOT_FOUND)', async () => {
    const [org, other] = await Promise.all([createOrganisation(), createOrganisation()]);
    const [coach, participant] = await Promise.all([org.addMember(['COACH']), org.addMember(['PARTICIPANT'])]);
    const template = await create(coach.token, MANAGEMENT);

    for (const token of [other.admin.token, participant.token]) {
      expect(errorCode(await gql(GET, { id: template.id }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(GET, { id: template.id, version: 1 }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(UPDATE, { id: template.id, input: BALANCE }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(GENERATE, { id: template.id }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(ARCHIVE, { id: template.id }, token))).toBe('NOT_FOUND');
      const list = (await gqlOk(LIST, { all: true }, token)).reflectionTemplates;
      expect(list.map((t: any) => t.id)).not.toContain(template.id);
    }
    // Same answer as an id that does not exist.
    expect(errorCode(await gql(GET, { id: randomUUID() }, participant.token))).toBe('NOT_FOUND');

    // Once assigned, the participant reads it, but may not change it.
    await assign(org, template.id, participant.membershipId);
    expect((await gqlOk(GET, { id: template.id }, participant.token)).reflectionTemplate.title).toBe(MANAGEMENT.title);
    expect((await gqlOk(LIST, {}, participant.token)).reflectionTemplates.map((t: any) => t.id)).toEqual([template.id]);
    expect(errorCode(await gql(UPDATE, { id: template.id, input: BALANCE }, participant.token))).toBe('FORBIDDEN');
  });

  it('lets HR read the library but not create or change templates', async () => {
    const org = await createOrganisation();
    const [coach, hr] = await Promise.all([org.addMember(['COACH']), org.addMember(['HR'])]);
    const template = await create(coach.token, MANAGEMENT);
    const before = await written(org.id);

    const refused = await gql(CREATE, { input: BALANCE }, hr.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await written(org.id)).toEqual(before);
    expect((await gqlOk(GET, { id: template.id }, hr.token)).reflectionTemplate.id).toBe(template.id);
    expect(errorCode(await gql(UPDATE, { id: template.id, input: BALANCE }, hr.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(GENERATE, { id: template.id }, hr.token))).toBe('FORBIDDEN');
  });

  it("keeps a participant's personal template to that participant alone", async () => {
    const org = await createOrganisation();
    const [participant, coach] = await Promise.all([org.addMember(['PARTICIPANT']), org.addMember(['COACH'])]);
    const personal = await create(participant.token, BALANCE);
    expect(personal).toMatchObject({ personal: true, owner: { id: participant.membershipId } });
    // A participant cannot put a template into the organisation library.
    expect(errorCode(await gql(CREATE, { input: { ...BALANCE, personal: false } }, participant.token))).toBe('FORBIDDEN');

    for (const token of [org.admin.token, coach.token]) {
      expect(errorCode(await gql(GET, { id: personal.id }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(UPDATE, { id: personal.id, input: MANAGEMENT }, token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(ARCHIVE, { id: personal.id }, token))).toBe('NOT_FOUND');
      expect((await gqlOk(LIST, { all: true }, token)).reflectionTemplates.map((t: any) => t.id)).not.toContain(personal.id);
    }
    const mine = (await gqlOk(LIST, {}, participant.token)).reflectionTemplates;
    expect(mine.map((t: any) => t.id)).toEqual([personal.id]);
    const updated = (await gqlOk(UPDATE, { id: personal.id, input: { ...BALANCE, title: 'My balance check' } }, participant.token))
      .updateReflectionTemplate;
    expect(updated).toMatchObject({ version: 2, title: 'My balance check', personal: true });
  });

  it('lets coaches change only their own templates, and admins the whole library', async () => {
    const org = await createOrganisation();
    const [coach, otherCoach] = await Promise.all([org.addMember(['COACH']), org.addMember(['COACH'])]);
    const template = await create(coach.token, MANAGEMENT);

    expect((await gqlOk(GET, { id: template.id }, otherCoach.token)).reflectionTemplate.id).toBe(template.id);
    expect(errorCode(await gql(UPDATE, { id: template.id, input: BALANCE }, otherCoach.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(ARCHIVE, { id: template.id }, otherCoach.token))).toBe('FORBIDDEN');
    expect(
      (await gqlOk(UPDATE, { id: template.id, input: { ...MANAGEMENT, title: 'Edited by admin' } }, org.admin.token))
        .updateReflectionTemplate.version,
    ).toBe(2);
  });

  it('archives and unarchives: hidden from lists unless asked for, read-only while archived', async () => {
    const org = await createOrganisation();
    const coach = await org.addMember(['COACH']);
    const template = await create(coach.token, MANAGEMENT);

    expect((await gqlOk(ARCHIVE, { id: template.id }, coach.token)).archiveReflectionTemplate).toEqual({ id: template.id, archived: true });
    expect((await gqlOk(LIST, {}, coach.token)).reflectionTemplates.map((t: any) => t.id)).not.toContain(template.id);
    expect((await gqlOk(LIST, { all: true }, coach.token)).reflectionTemplates.find((t: any) => t.id === template.id)).toMatchObject({
      archived: true,
    });
    expect((await gqlOk(GET, { id: template.id }, coach.token)).reflectionTemplate.archived).toBe(true);
    expect(errorCode(await gql(UPDATE, { id: template.id, input: BALANCE }, coach.token))).toBe('CONFLICT');
    expect(errorCode(await gql(GENERATE, { id: template.id }, coach.token))).toBe('CONFLICT');

    expect((await gqlOk(UNARCHIVE, { id: template.id }, coach.token)).unarchiveReflectionTemplate).toEqual({
      id: template.id,
      archived: false,
    });
    expect((await gqlOk(UPDATE, { id: template.id, input: BALANCE }, coach.token)).updateReflectionTemplate.version).toBe(2);
  });

  it('refuses ids that are not UUIDs with BAD_USER_INPUT', async () => {
    const org = await createOrganisation();
    expect(errorCode(await gql(GET, { id: 'not-a-uuid' }, org.admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(GENERATE, { id: "1' OR '1'='1" }, org.admin.token))).toBe('BAD_USER_INPUT');
  });
});

describe('starter library', () => {
  it('gives every organisation the seed templates once, with plans, editable by admins only', async () => {
    const org = await createOrganisation();
    const coach = await org.addMember(['COACH']);
    const [first, second] = await Promise.all([gqlOk(LIST, {}, coach.token), gqlOk(LIST, {}, org.admin.token)]);
    const starters = first.reflectionTemplates.filter((t: any) => t.owner === null);
    expect(starters.map((t: any) => t.title)).toEqual([
      'Career Development Assessment',
      'Professional Growth Planning',
      'Skills and Growth Analysis',
    ]);
    expect(second.reflectionTemplates.map((t: any) => t.id).sort()).toEqual(first.reflectionTemplates.map((t: any) => t.id).sort());
    expect((await written(org.id)).templates).toBe(3);

    const assessment = await planIn(coach.token, starters[0].id, 'READY');
    expect(assessment).toMatchObject({
      welcomeMessage: expect.stringContaining('Time to reflect on your career journey'),
      sendSummaryEmail: true,
      requireSignIn: true,
      defaultVisibility: 'PRIVATE',
      closingCta: { text: expect.stringContaining('Excellent reflection!'), url: null },
    });
    expect(assessment.mandatoryQuestions).toHaveLength(3);
    expect(assessment.plan.stages.flatMap((s: any) => s.questions)).toEqual(expect.arrayContaining(assessment.mandatoryQuestions));

    const unchanged = { title: assessment.title, primaryQuestion: assessment.primaryQuestion };
    expect(errorCode(await gql(UPDATE, { id: starters[0].id, input: { ...unchanged, estimatedMinutes: 30 } }, coach.token))).toBe(
      'FORBIDDEN',
    );
    const adapted = (
      await gqlOk(
        UPDATE,
        { id: starters[0].id, input: { ...unchanged, welcomeMessage: 'Welcome to our quarterly check-in.', estimatedMinutes: 30 } },
        org.admin.token,
      )
    ).updateReflectionTemplate;
    expect(adapted).toMatchObject({
      version: 2,
      welcomeMessage: 'Welcome to our quarterly check-in.',
      estimatedMinutes: 30,
      planState: 'READY',
      plan: assessment.plan,
    });
    await gqlOk(LIST, {}, org.admin.token);
    expect((await written(org.id)).templates).toBe(3);
  });
});
