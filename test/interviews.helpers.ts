// Shared by the interviews e2e specs: GraphQL documents, the seed persona and small helpers.
import { randomUUID } from 'node:crypto';
import { eventually, gql, gqlOk, ownerQuery, type TestMember } from '#testing';

export const TURN = 'id role content stage questionRef createdAt callToAction { text url }';
export const SESSION = `id status visibility templateVersion startedAt completedAt pausedAt summaryState dueAt
  template { id version title } participant { id }
  progress { stage stagesDone stagesTotal mandatoryAnswered mandatoryTotal }
  currentQuestion { id content questionRef stage }
  turns { ${TURN} }`;
export const START = `mutation($templateId: ID, $assignmentId: ID) { startReflectionSession(templateId: $templateId, assignmentId: $assignmentId) { ${SESSION} } }`;
export const ANSWER = `mutation($id: ID!, $content: String!, $key: String) {
  answerReflection(sessionId: $id, content: $content, idempotencyKey: $key) {
    answer { ${TURN} } next { ${TURN} } session { id status pausedAt progress { stage stagesDone stagesTotal mandatoryAnswered mandatoryTotal } } } }`;
export const GET = `query($id: ID!) { reflectionSession(id: $id) { ${SESSION} } }`;
export const MINE = `{ mySessions { id status } }`;
export const PAUSE = `mutation($id: ID!) { pauseReflectionSession(sessionId: $id) { id status pausedAt currentQuestion { id content } } }`;
export const RESUME = `mutation($id: ID!) { resumeReflectionSession(sessionId: $id) { ${SESSION} } }`;
export const COMPLETE = `mutation($id: ID!) { completeReflectionSession(sessionId: $id) { id status completedAt summaryState } }`;
export const ABANDON = `mutation($id: ID!) { abandonReflectionSession(sessionId: $id) { id status } }`;
export const PREVIEW = `mutation($id: ID!, $answers: [String!]!) { previewReflectionTemplate(templateId: $id, answers: $answers) { ${TURN} } }`;
export const SET_LLM = `mutation($provider: String!, $model: String, $baseUrl: String) { setOrganisationLlm(provider: $provider, model: $model, baseUrl: $baseUrl) { provider } }`;

/** The seed's three mandatory career questions, in the participant's voice as coaches write them. */
export const SEED_MANDATORY = [
  "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
  'What are my core strengths and unique value proposition in my current field and role?',
  'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
];

export const CTA = {
  text: 'Excellent reflection! Use these insights to create your career development plan and identify specific next steps',
  url: 'https://plans.example/career-template',
};

export const CAREER_TEMPLATE = {
  title: 'Career Development Assessment',
  primaryQuestion: 'How can I assess my career satisfaction and identify the best path for professional growth and advancement?',
  welcomeMessage:
    'Time to reflect on your career journey, assess your current situation, and plan your professional future. This conversation will help you organize your thoughts about career satisfaction, growth opportunities, and strategic next steps.',
  goals: ['Assess current career satisfaction and identify growth opportunities'],
  mandatoryQuestions: SEED_MANDATORY,
  closingCta: CTA,
  personal: false,
};

/** The seed's mid-level software engineer, one or two answers per interview stage. */
export const PERSONA: Record<string, string[]> = {
  current_situation: [
    "I'm a mid-level software engineer and honestly I feel stuck in my current role. I enjoy the technical challenges, but I'm frustrated by the lack of mentorship and leadership opportunities. I'd rate my satisfaction 5 out of 10.",
    'Last month I redesigned our deployment pipeline and really enjoyed it, but nobody senior noticed, and there was no one to learn from afterwards.',
    'The deep technical problems give me energy; status meetings and unclear priorities drain it.',
  ],
  strengths_value: [
    'Strong problem-solving and system design skills, and a natural teaching ability: junior developers often come to me when they are blocked.',
    'Colleagues come to me for architecture reviews and for help debugging production incidents, because I explain things calmly.',
  ],
  gaps_growth: [
    'I lack formal leadership experience. I have never managed people, run hiring, or presented to senior leadership.',
    'A mentor who has made the move to tech lead, and regular feedback on how I communicate with leadership, would help most.',
  ],
  market_trends: [
    'My experience is in high-demand areas, cloud infrastructure and security, which fintech and healthtech companies are hiring for.',
    'Cloud architecture and security engineering keep becoming more valuable, especially with more regulation in finance and health.',
  ],
  goals_planning: [
    'I want to move towards team leadership and technical architecture rather than individual coding, ideally a senior or lead engineer role at a growth-stage company with a mentorship culture, within a 12-18 month plan.',
    'I would trade some salary for a culture that supports growth; meaningful impact on real products is non-negotiable for me.',
  ],
  actions_priorities: [
    'Enrol in an engineering leadership programme, start mentoring two junior developers, and get a cloud architecture certification.',
    'Time is the main obstacle. My partner and a former manager have offered to keep me accountable.',
  ],
};

export function personaAnswer(stage: string | null, used: Map<string, number>): string {
  const key = stage ?? 'current_situation';
  const n = used.get(key) ?? 0;
  used.set(key, n + 1);
  const answers = PERSONA[key] ?? PERSONA.goals_planning!;
  return answers[n] ?? `${answers[answers.length - 1]} (I keep coming back to this: ${key.replace(/_/g, ' ')}, point ${n}.)`;
}

export { ownerQuery };

export async function createTemplate(
  token: string,
  input: Record<string, unknown> = CAREER_TEMPLATE,
): Promise<{ id: string; version: number }> {
  const title = `${String(input.title ?? 'Reflection')} ${randomUUID().slice(0, 6)}`;
  return (
    await gqlOk<{ createReflectionTemplate: { id: string; version: number } }>(
      `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id version } }`,
      { input: { ...input, title } },
      token,
    )
  ).createReflectionTemplate;
}

/** Waits until the worker has written the template's research plan (the interviewer then follows it). */
export async function planReady(token: string, templateId: string): Promise<void> {
  await eventually(async () => {
    const { reflectionTemplate } = await gqlOk(`query($id: ID!) { reflectionTemplate(id: $id) { planState } }`, { id: templateId }, token);
    if (reflectionTemplate.planState !== 'READY') throw new Error(`plan is ${reflectionTemplate.planState}`);
  }, 30_000);
}

export async function start(member: TestMember, templateId: string): Promise<Record<string, any>> {
  return (await gqlOk(START, { templateId }, member.token)).startReflectionSession;
}

export async function answer(member: TestMember, sessionId: string, content: string, key?: string): Promise<Record<string, any>> {
  return (await gqlOk(ANSWER, { id: sessionId, content, key }, member.token)).answerReflection;
}

export const turnCount = async (sessionId: string): Promise<number> =>
  (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM session_turns WHERE session_id = $1`, [sessionId]))[0]!.n;

export { gql };
