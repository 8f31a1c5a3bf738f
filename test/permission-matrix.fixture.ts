// The two organisations the permission matrix runs against, built once per file.
import { randomUUID } from 'node:crypto';
import { createOrganisation, gqlOk, type TestMember, type TestOrganisation } from '#testing';
import { ASK, createTemplate, FAR_FUTURE, openSession, READ_SESSION, SHARE, startCoaching, summarisedSession } from './privacy.helpers.js';

export interface OwnView {
  turnIds: string[];
  overview: string;
  planId: string;
  itemIds: string[];
}

export interface MatrixOrganisation {
  org: TestOrganisation;
  admin: TestMember;
  hr: TestMember;
  /** Coaches participant 1 (active relationship). */
  coachA: TestMember;
  /** Coaches nobody. */
  coachB: TestMember;
  p1: TestMember;
  /** Department "Finance", team "Payroll"; coached by nobody. */
  p2: TestMember;
  relationshipId: string;
  /** Coach A's library template, assigned to participant 1. */
  assignedTemplate: string;
  /** Coach A's library template, not assigned to anyone. */
  libraryTemplate: string;
  /** Participant 1's personal template. */
  personalTemplate: string;
  assignmentId: string;
  /** Participant 1's sessions: completed with summary and plan (shared / private) and in progress (shared / private). */
  shared: string;
  private: string;
  openShared: string;
  openPrivate: string;
  /** What participant 1 reads of the completed ones (the reference for exact comparisons). */
  views: Record<string, OwnView>;
  questionId: string;
}

async function ownView(member: TestMember, sessionId: string): Promise<OwnView> {
  const session = (await gqlOk(READ_SESSION, { id: sessionId }, member.token)).reflectionSession;
  return {
    turnIds: session.turns.map((t: { id: string }) => t.id),
    overview: session.summary.overview,
    planId: session.actionPlan.id,
    itemIds: session.actionPlan.items.map((i: { id: string }) => i.id),
  };
}

/**
 * An organisation with an admin, HR, two coaches and two participants; coach A coaches
 * participant 1, who has a shared and a private completed reflection (summary READY, action plan
 * READY), a shared and a private reflection in progress, a question asked of the private one, and
 * an assignment of coach A's template. Coach A has read the shared reflection once.
 */
export async function matrixOrganisation(label: string): Promise<MatrixOrganisation> {
  const org = await createOrganisation(`Matrix ${label} ${randomUUID().slice(0, 6)}`);
  const [hr, coachA, coachB, p1, p2] = await Promise.all([
    org.addMember(['HR']),
    org.addMember(['COACH']),
    org.addMember(['COACH']),
    org.addMember(['PARTICIPANT'], { department: 'Engineering', team: 'Payments' }),
    org.addMember(['PARTICIPANT'], { department: 'Finance', team: 'Payroll' }),
  ]);
  const relationshipId = await startCoaching(org, coachA, p1);
  const [assignedTemplate, libraryTemplate, personalTemplate] = await Promise.all([
    createTemplate(coachA.token),
    createTemplate(coachA.token),
    createTemplate(p1.token),
  ]);
  const assigned = await gqlOk(
    `mutation($input: AssignInput!) { assignTemplate(input: $input) { id } }`,
    {
      input: { templateId: assignedTemplate, participantMembershipIds: [p1.membershipId], cadence: 'ONCE', startsAt: FAR_FUTURE },
    },
    coachA.token,
  );
  const [shared, privateOne, openShared, openPrivate] = await Promise.all([
    summarisedSession(p1, assignedTemplate),
    summarisedSession(p1, assignedTemplate),
    openSession(p1, assignedTemplate),
    openSession(p1, assignedTemplate),
  ]);
  for (const id of [shared.id, openShared]) await gqlOk(SHARE, { id, coaches: [coachA.membershipId] }, p1.token);
  await gqlOk(READ_SESSION, { id: shared.id }, coachA.token);
  await gqlOk(ASK, { q: 'What holds me back from leadership?', ids: [privateOne.id] }, p1.token);
  const [question] = (await gqlOk(`{ myInsightQuestions { id } }`, {}, p1.token)).myInsightQuestions;
  return {
    org,
    admin: org.admin,
    hr,
    coachA,
    coachB,
    p1,
    p2,
    relationshipId,
    assignedTemplate,
    libraryTemplate,
    personalTemplate,
    assignmentId: assigned.assignTemplate[0].id,
    shared: shared.id,
    private: privateOne.id,
    openShared,
    openPrivate,
    views: { [shared.id]: await ownView(p1, shared.id), [privateOne.id]: await ownView(p1, privateOne.id) },
    questionId: question.id,
  };
}

/** Every id of participant 1's reflections (none may ever show up in someone else's answer). */
export function ownedIds(fx: MatrixOrganisation): string[] {
  const views = Object.values(fx.views);
  return [
    fx.shared,
    fx.private,
    fx.openShared,
    fx.openPrivate,
    fx.questionId,
    ...views.flatMap((v) => [v.planId, ...v.itemIds, ...v.turnIds]),
  ];
}
