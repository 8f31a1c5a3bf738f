import { closingAnswer, DEMO_ANSWERS, DEMO_TEMPLATES } from './demo-content.js';
import { DEMO_ADMIN, DEMO_COACH, DEMO_HR, DEMO_ORGANISATION, DEMO_PARTICIPANTS, DEMO_PASSWORD, type DemoPerson } from './demo-people.js';
import { type GraphqlCall, GraphqlCallError } from './graphql-client.util.js';
import { waitUntil } from './wait-until.util.js';

const AUTH = 'accessToken membership { id organisation { id } }';

interface Member {
  person: DemoPerson;
  token: string;
  membershipId: string;
}

export type SeedOutcome = { seeded: true; organisationId: string } | { seeded: false };

/**
 * Writes the demo organisation through the api, as its people would: the worker writes research
 * plans, summaries, action plans and the HR rollups with the organisation's model (the embedded one
 * by default). Refuses when the demo admin can already sign in (the data is there).
 */
export async function seedDemo(call: GraphqlCall, log: (line: string) => void): Promise<SeedOutcome> {
  if (await canSignIn(call, DEMO_ADMIN)) return { seeded: false };

  const signedUp = await call(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
    i: { email: DEMO_ADMIN.email, password: DEMO_PASSWORD, displayName: DEMO_ADMIN.displayName },
  });
  const created = await call(
    `mutation($n: String!) { createOrganisation(name: $n) { ${AUTH} } }`,
    { n: DEMO_ORGANISATION },
    signedUp.signUp.accessToken,
  );
  const admin: Member = {
    person: DEMO_ADMIN,
    token: created.createOrganisation.accessToken,
    membershipId: created.createOrganisation.membership.id,
  };
  const organisationId: string = created.createOrganisation.membership.organisation.id;
  log(`organisation "${DEMO_ORGANISATION}" created`);

  const coach = await invite(call, admin, DEMO_COACH);
  const hr = await invite(call, admin, DEMO_HR);
  const participants: Member[] = [];
  for (const person of DEMO_PARTICIPANTS) participants.push(await invite(call, admin, person));
  for (const participant of participants) {
    await call(
      `mutation($c: ID!, $p: ID!) { startCoaching(coachMembershipId: $c, participantMembershipId: $p) { id } }`,
      { c: coach.membershipId, p: participant.membershipId },
      admin.token,
    );
  }
  log(`${participants.length + 3} people invited; the coach coaches the ${participants.length} participants`);

  const templateIds: string[] = [];
  for (const input of DEMO_TEMPLATES) {
    templateIds.push(
      (await call(`mutation($i: TemplateInput!) { createReflectionTemplate(input: $i) { id } }`, { i: input }, coach.token))
        .createReflectionTemplate.id,
    );
  }
  for (const id of templateIds) {
    await waitUntil('a research plan', async () => {
      const { reflectionTemplate } = await call(`query($id: ID!) { reflectionTemplate(id: $id) { planState } }`, { id }, coach.token);
      if (reflectionTemplate.planState === 'FAILED') throw new Error('a research plan FAILED');
      return reflectionTemplate.planState === 'READY' ? true : undefined;
    });
  }
  log(`${templateIds.length} templates with research plans`);

  await Promise.all(participants.map((participant, i) => reflect(call, participant, coach, templateIds[0]!, DEMO_ANSWERS[i]!)));
  log(`${participants.length} interviews completed, each with a summary and an action plan, shared with the coach`);

  await waitUntil('the HR rollups', async () => {
    const report = await call(
      `query($p: String!) { developmentThemes(period: $p) { groups { participants } } }`,
      { p: currentQuarter() },
      hr.token,
    );
    return report.developmentThemes.groups[0]?.participants === participants.length ? true : undefined;
  });
  log('HR report ready');
  return { seeded: true, organisationId };
}

async function canSignIn(call: GraphqlCall, person: DemoPerson): Promise<boolean> {
  try {
    await call(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: person.email,
      p: DEMO_PASSWORD,
    });
    return true;
  } catch (error) {
    if (error instanceof GraphqlCallError && error.code === 'UNAUTHENTICATED') return false;
    throw error;
  }
}

async function invite(call: GraphqlCall, admin: Member, person: DemoPerson): Promise<Member> {
  const invited = await call(
    `mutation($i: InviteInput!) { inviteMember(input: $i) { token } }`,
    { i: { email: person.email, roles: [person.role], department: person.department ?? null, team: person.team ?? null } },
    admin.token,
  );
  const accepted = await call(
    `mutation($t: String!, $p: String, $d: String) { acceptInvitation(token: $t, password: $p, displayName: $d) { ${AUTH} } }`,
    { t: invited.inviteMember.token, p: DEMO_PASSWORD, d: person.displayName },
  );
  return { person, token: accepted.acceptInvitation.accessToken, membershipId: accepted.acceptInvitation.membership.id };
}

/** One interview over the api, then its summary, its action plan and a share with the coach. */
async function reflect(call: GraphqlCall, participant: Member, coach: Member, templateId: string, answers: string[]): Promise<void> {
  const sessionId: string = (
    await call(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: templateId }, participant.token)
  ).startReflectionSession.id;
  for (let turn = 0; turn < 40; turn += 1) {
    const result = await call(
      `mutation($s: ID!, $c: String!) { answerReflection(sessionId: $s, content: $c) { next { id } } }`,
      { s: sessionId, c: closingAnswer(answers, turn) },
      participant.token,
    );
    if (!result.answerReflection.next) break;
  }
  await call(`mutation($s: ID!) { completeReflectionSession(sessionId: $s) { id } }`, { s: sessionId }, participant.token);
  const session = `query($s: ID!) { reflectionSession(id: $s) { summaryState actionPlan { state } } }`;
  await waitUntil(`${participant.person.displayName}'s summary`, async () => {
    const { reflectionSession } = await call(session, { s: sessionId }, participant.token);
    if (reflectionSession.summaryState === 'FAILED') throw new Error(`${participant.person.displayName}'s summary FAILED`);
    return reflectionSession.summaryState === 'READY' ? true : undefined;
  });
  await call(`mutation($s: ID!) { generateActionPlan(sessionId: $s) { id } }`, { s: sessionId }, participant.token);
  await waitUntil(`${participant.person.displayName}'s action plan`, async () => {
    const { reflectionSession } = await call(session, { s: sessionId }, participant.token);
    if (reflectionSession.actionPlan?.state === 'FAILED') throw new Error(`${participant.person.displayName}'s action plan FAILED`);
    return reflectionSession.actionPlan?.state === 'READY' ? true : undefined;
  });
  await call(
    `mutation($s: ID!, $c: [ID!]!) { shareReflection(sessionId: $s, coachMembershipIds: $c) { id } }`,
    { s: sessionId, c: [coach.membershipId] },
    participant.token,
  );
}

/** The quarter the demo's reflections fall in, as the HR report names it (UTC). */
export function currentQuarter(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}
