// Shared by the sharing, privacy and permission-matrix e2e specs: documents, fixtures, small helpers.
import { randomUUID } from 'node:crypto';
import { eventually, gql, gqlOk, ownerQuery, type TestMember, type TestOrganisation } from '#testing';

export const SESSION_VIEW = `id status visibility summaryState participant { id } sharedWith { id }
  turns { id role content }
  summary { overview satisfactionScore themes { key } }
  actionPlan { id state items { id title comments { id body author { id } } } }`;
export const READ_SESSION = `query($id: ID!) { reflectionSession(id: $id) { ${SESSION_VIEW} } }`;
export const SHARE = `mutation($id: ID!, $coaches: [ID!]!) { shareReflection(sessionId: $id, coachMembershipIds: $coaches) { id visibility sharedWith { id } } }`;
export const REVOKE = `mutation($id: ID!, $coaches: [ID!]) { revokeReflectionShare(sessionId: $id, coachMembershipIds: $coaches) { id visibility sharedWith { id } } }`;
export const ACCESS_LOG = `query($id: ID!, $limit: Int) { accessLog(sessionId: $id, limit: $limit) { id sessionId action at reader { id } } }`;
export const MY_ACCESS_LOG = `query { myAccessLog { id sessionId action reader { id } } }`;
export const CLIENT_SESSIONS = `query($participant: ID!) { clientSessions(participantMembershipId: $participant) { id visibility sharedWith { id } } }`;
export const COMMENT = `mutation($id: ID!, $body: String!) { commentOnActionItem(id: $id, body: $body) { id body author { id } } }`;
export const ASK = `mutation($q: String!, $ids: [ID!]) { askReflections(question: $q, sessionIds: $ids) { answer citations { sessionId turnId } } }`;
export const EXPORT = `mutation { exportMyData }`;
export const DELETE = `mutation { deleteMyData { sessions turns summaries actionItems actionPlans comments questions accessLogEntries shares } }`;
export const START_COACHING = `mutation($coach: ID!, $participant: ID!) { startCoaching(coachMembershipId: $coach, participantMembershipId: $participant) { id } }`;
export const END_COACHING = `mutation($id: ID!) { endCoaching(relationshipId: $id) { id active } }`;

/**
 * A start date no scheduler run of the suite reaches (the scheduler tests drive the clock into the
 * 2040s): assignments that never materialise a session. The api accepts up to 50 years ahead.
 */
export const FAR_FUTURE = new Date(Date.now() + 49 * 365 * 24 * 3600 * 1000).toISOString();

export const ANSWER_TEXT =
  "I'm a software engineer and I enjoy mentoring junior developers, but I miss leadership opportunities. I'd rate my satisfaction 6 out of 10.";

export { ownerQuery };

export async function createTemplate(token: string, extra: Record<string, unknown> = {}): Promise<string> {
  const input = {
    title: `Career check-in ${randomUUID().slice(0, 6)}`,
    primaryQuestion: 'How satisfied are you with where your career is heading?',
    ...extra,
  };
  return (
    await gqlOk<{ createReflectionTemplate: { id: string } }>(
      `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
      { input },
      token,
    )
  ).createReflectionTemplate.id;
}

export async function startCoaching(org: TestOrganisation, coach: TestMember, participant: TestMember): Promise<string> {
  return (await gqlOk(START_COACHING, { coach: coach.membershipId, participant: participant.membershipId }, org.admin.token)).startCoaching
    .id;
}

/** A started session with one answer (in progress). */
export async function openSession(member: TestMember, templateId: string, answer = ANSWER_TEXT): Promise<string> {
  const started = await gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: templateId }, member.token);
  const id = started.startReflectionSession.id as string;
  await gqlOk(
    `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { id } } }`,
    { id, c: answer },
    member.token,
  );
  return id;
}

/** Completes the session and waits for the worker's summary. */
export async function completeWithSummary(member: TestMember, sessionId: string): Promise<void> {
  await gqlOk(`mutation($id: ID!) { completeReflectionSession(sessionId: $id) { id } }`, { id: sessionId }, member.token);
  await eventually(async () => {
    const session = (
      await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { summaryState summaryError } }`, { id: sessionId }, member.token)
    ).reflectionSession;
    if (session.summaryState !== 'READY') throw new Error(`summary ${session.summaryState} ${session.summaryError ?? ''}`);
  }, 45_000);
}

/** Generates the action plan and waits until its items are written. */
export async function withActionPlan(member: TestMember, sessionId: string): Promise<{ planId: string; itemIds: string[] }> {
  await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, member.token);
  return eventually(async () => {
    const plan = (
      await gqlOk(
        `query($id: ID!) { reflectionSession(id: $id) { actionPlan { id state error items { id } } } }`,
        { id: sessionId },
        member.token,
      )
    ).reflectionSession.actionPlan;
    if (plan?.state !== 'READY' || !plan.items.length) throw new Error(`plan ${plan?.state ?? 'missing'} ${plan?.error ?? ''}`);
    return { planId: plan.id as string, itemIds: plan.items.map((i: { id: string }) => i.id) };
  }, 45_000);
}

/** A completed, summarised session with an action plan. */
export async function summarisedSession(
  member: TestMember,
  templateId: string,
): Promise<{ id: string; planId: string; itemIds: string[] }> {
  const id = await openSession(member, templateId);
  await completeWithSummary(member, id);
  return { id, ...(await withActionPlan(member, id)) };
}

export async function readSession(token: string, id: string) {
  return gql(READ_SESSION, { id }, token);
}

/** Rows still referring to this member's reflections, per table (owner connection, all tenants). */
export async function remainingRows(organisationId: string, membershipId: string, sessionIds: string[]): Promise<Record<string, number>> {
  const [row] = await ownerQuery(
    `SELECT (SELECT count(*)::int FROM reflection_sessions WHERE organisation_id = $1 AND (participant_membership_id = $2 OR id = ANY($3))) AS sessions,
            (SELECT count(*)::int FROM session_turns WHERE organisation_id = $1 AND session_id = ANY($3)) AS turns,
            (SELECT count(*)::int FROM reflection_summaries WHERE organisation_id = $1 AND (participant_membership_id = $2 OR session_id = ANY($3))) AS summaries,
            (SELECT count(*)::int FROM action_plans WHERE organisation_id = $1 AND (participant_membership_id = $2 OR session_id = ANY($3))) AS plans,
            (SELECT count(*)::int FROM action_items WHERE organisation_id = $1 AND participant_membership_id = $2) AS items,
            (SELECT count(*)::int FROM insight_questions WHERE organisation_id = $1 AND participant_membership_id = $2) AS questions,
            (SELECT count(*)::int FROM access_log WHERE organisation_id = $1 AND (owner_membership_id = $2 OR session_id = ANY($3))) AS reads,
            (SELECT count(*)::int FROM session_shares WHERE organisation_id = $1 AND session_id = ANY($3)) AS shares,
            (SELECT count(*)::int FROM analytics_participant_periods WHERE organisation_id = $1 AND participant_membership_id = $2) AS rollups`,
    [organisationId, membershipId, sessionIds],
  );
  return row;
}
