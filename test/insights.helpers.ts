// Shared by the insights e2e specs: the seed persona's interview run over the real API, and polling.
import { randomUUID } from 'node:crypto';
import { eventually, gqlOk, type TestMember } from '#testing';

/** The seed's real-world example: a mid-level software engineer at 5 out of 10. */
export const PERSONA_ANSWERS = [
  "I'm a mid-level software engineer, feeling stuck in my current role and unsure about my career direction. Honestly, I'd say 5 out of 10.",
  'I enjoy the technical challenges, but I am frustrated by the lack of mentorship and the lack of leadership opportunities on my team.',
  'My strengths are strong problem-solving and system design skills, and a natural teaching ability when I explain designs to junior developers.',
  'The biggest gap is formal leadership experience: I have never led a team, and I have limited visibility to senior leadership. The company culture does not support internal advancement.',
  'I have experience in high-demand areas like cloud infrastructure and security, which are growing fast in fintech and healthtech.',
  'I want to move toward team leadership and technical architecture rather than individual coding, and work on products with meaningful impact.',
  'My plan is a 12-18 month transition: leadership training, a cloud architecture certification, mentoring junior developers and contributing to open source projects.',
  'Success would be a senior or lead engineer role at a growth-stage company with a mentorship culture.',
];

/** A later quarter of the same person: things moved on. */
export const LATER_ANSWERS = [
  "Things have improved a lot since last quarter. I'd say 8.7 out of 10 now.",
  'I now lead a small team of four engineers and I mentor two junior developers every week; the work feels meaningful and has real impact.',
  'I finished the cloud architecture certification and led a system redesign, which got noticed by senior leadership.',
  'What I still want is a better work-life balance; the evenings on call are tiring.',
];

const FALLBACK = 'Nothing more to add on that, thank you.';

export const SESSION_SUMMARY = `summaryState summaryError
  summary { overview satisfactionScore satisfactionSource satisfactionEstimated strengths gaps opportunities suggestedActions model createdAt
    themes { key label sentiment turnIds } strengthSources { text turnIds } gapSources { text turnIds } }
  turns { id role content }`;

export async function createTemplate(token: string, extra: Record<string, unknown> = {}): Promise<string> {
  const input = {
    title: `Quarterly career check-in ${randomUUID().slice(0, 6)}`,
    primaryQuestion: 'How can I assess my career satisfaction and identify the best path for professional growth and advancement?',
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

/** A whole interview over the API: answers until the interviewer has nothing more to ask, then completes. */
export async function runInterview(
  member: TestMember,
  templateId: string,
  answers: string[],
  beforeComplete?: () => Promise<void>,
): Promise<string> {
  const started = await gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: templateId }, member.token);
  const sessionId = started.startReflectionSession.id as string;
  for (let i = 0; i < 60; i++) {
    const result = await gqlOk(
      `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { id } next { id } } }`,
      { id: sessionId, c: answers[i] ?? FALLBACK },
      member.token,
    );
    if (!result.answerReflection.next) break;
  }
  await beforeComplete?.();
  const completed = await gqlOk(
    `mutation($id: ID!) { completeReflectionSession(sessionId: $id) { id status summaryState } }`,
    { id: sessionId },
    member.token,
  );
  if (completed.completeReflectionSession.status !== 'COMPLETED') throw new Error('session not completed');
  return sessionId;
}

/** Polls the session (as its owner) until the worker has written the summary. */
export async function waitForSummary(member: TestMember, sessionId: string): Promise<any> {
  return eventually(async () => {
    const session = (await gqlOk(`query($id: ID!) { reflectionSession(id: $id) { ${SESSION_SUMMARY} } }`, { id: sessionId }, member.token))
      .reflectionSession;
    if (session.summaryState === 'FAILED') throw new Error(`summary FAILED: ${session.summaryError}`);
    if (session.summaryState !== 'READY' || !session.summary) throw new Error(`summary ${session.summaryState}`);
    return session;
  }, 30_000);
}

/** Polls until the action plan's job finished (READY or FAILED). */
export async function waitForPlan(member: TestMember, sessionId: string): Promise<any> {
  return eventually(async () => {
    const plan = (
      await gqlOk(
        `query($id: ID!) { reflectionSession(id: $id) { actionPlan { id state error model items { id category title rationale dueAt milestone successMetric status progress manual } } } }`,
        { id: sessionId },
        member.token,
      )
    ).reflectionSession.actionPlan;
    if (!plan || plan.state === 'PENDING' || plan.state === 'RUNNING') throw new Error(`plan ${plan?.state}`);
    return plan;
  }, 30_000);
}
