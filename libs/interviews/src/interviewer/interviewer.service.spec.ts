import { describe, expect, it } from '@jest/globals';
import { ChatModelFactory, LlmRunner, type LlmConfig } from '#llm';
import { buildInterviewPlan } from './interview-plan.util.js';
import { DEFAULT_CTA } from './interviewer-messages.js';
import type { InterviewerState } from './interviewer-state.type.js';
import { createInterviewerState, progressOf, recordStoredAnswer } from './interviewer-state.util.js';
import { FollowupWriter } from './followup-writer.service.js';
import { Interviewer, type RespondContext } from './interviewer.service.js';
import { normalizeQuestion } from './question-text.util.js';
import { SentimentAnalyzer } from './sentiment-analyzer.service.js';

const MANDATORY = [
  "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
  'What are my core strengths and unique value proposition in my current field and role?',
  'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
];

const PERSONA: Record<string, string[]> = {
  current_situation: [
    "I'm a mid-level software engineer and I feel stuck. I enjoy the technical challenges, but I'm frustrated by the lack of mentorship and leadership opportunities. I'd rate my satisfaction 5 out of 10.",
    'Last month I redesigned our deployment pipeline and loved it, but nobody senior noticed and there was no one to learn from afterwards.',
  ],
  strengths_value: [
    'Strong problem-solving and system design skills. I also have a natural teaching ability: juniors often come to me when they are stuck.',
    'For example, last quarter I ran a design review that unblocked two teams.',
  ],
  gaps_growth: ['I lack formal leadership experience and I have never managed people or presented to senior leadership.'],
  market_trends: ['I have experience in cloud infrastructure and security, which are in high demand, especially in fintech and healthtech.'],
  goals_planning: ['I want to move towards team leadership and technical architecture rather than individual coding, within a 12-18 month plan.'],
  actions_priorities: ['Enrol in a leadership programme, start mentoring junior developers and get a cloud architecture certification.'],
};

const config: LlmConfig = { defaults: { provider: 'embedded', timeoutMs: 2000, maxRetries: 0 }, interviewBudgetMs: 2000, allowedOverrideHosts: '*' };
const interviewer = new Interviewer(new SentimentAnalyzer(), new FollowupWriter(new LlmRunner(new ChatModelFactory(), config)));
const ctx = (now = new Date()): RespondContext => ({ organisationId: '00000000-0000-0000-0000-000000000001', budgetMs: 2000, supportResources: null, now });

function newState(mandatory = MANDATORY, limits = { maxTurns: 80, maxMinutes: 120 }): InterviewerState {
  return createInterviewerState({
    plan: buildInterviewPlan({ plan: null, mandatoryQuestions: mandatory }),
    primaryQuestion: 'How can I assess my career satisfaction and identify the best path for growth?',
    limits,
    cta: { text: 'Excellent reflection! Use these insights to create your career development plan.', url: 'https://example.test/plan' },
    openActions: [],
    now: new Date(),
  });
}

async function runInterview(state: InterviewerState, answerFor: (stage: string, n: number) => string) {
  const opening = interviewer.open(state, { title: 'Career Development Assessment', welcomeMessage: 'Time to reflect on your career journey.', closedLoop: null }, new Date());
  const transcript = [{ role: 'INTERVIEWER', ...opening.turn }];
  let current = opening.state;
  const used = new Map<string, number>();
  for (let i = 0; i < 60 && !current.finished; i++) {
    const stage = current.stages[current.pending!.stage]!.key;
    const n = used.get(stage) ?? 0;
    used.set(stage, n + 1);
    const answer = answerFor(stage, n);
    transcript.push({ role: 'PARTICIPANT', content: answer, questionRef: current.pending!.ref, stage });
    const step = await interviewer.respond(recordStoredAnswer(current, current.nextSeq, new Date()), answer, ctx());
    expect(step).not.toBeNull();
    transcript.push({ role: 'INTERVIEWER', ...step!.turn });
    current = step!.state;
  }
  return { transcript, state: current };
}

const personaAnswer = (stage: string, n: number) => {
  const answers = PERSONA[stage] ?? ['I think it is about finding work with meaningful impact rather than business metrics alone.'];
  return answers[n] ?? `${answers[answers.length - 1]} Beyond that, I would add that meaningful impact matters to me (${stage} ${n}).`;
};

describe('Interviewer', () => {
  it('runs the seed persona through all six stages, asks each mandatory question once, never repeats, and closes with the CTA', async () => {
    const { transcript, state } = await runInterview(newState(), personaAnswer);
    const interviewerTurns = transcript.filter((t) => t.role === 'INTERVIEWER');
    const refs = interviewerTurns.map((t) => t.questionRef);
    for (const ref of ['mandatory:0', 'mandatory:1', 'mandatory:2']) expect(refs.filter((r) => r === ref)).toHaveLength(1);
    expect(interviewerTurns[0]!.content).toContain('How satisfied are you with your current role');
    const asked = state.asked.map(normalizeQuestion);
    expect(new Set(asked).size).toBe(asked.length);
    expect(new Set(interviewerTurns.map((t) => normalizeQuestion(t.content))).size).toBe(interviewerTurns.length);
    expect(interviewerTurns.some((t) => t.questionRef?.startsWith('followup:'))).toBe(true);
    const closing = interviewerTurns[interviewerTurns.length - 1]!;
    expect(closing.questionRef).toBe('closing');
    expect(closing.content).toContain('Excellent reflection!');
    expect(closing.content).toContain('https://example.test/plan');
    expect(new Set(interviewerTurns.map((t) => t.stage))).toEqual(new Set(['current_situation', 'strengths_value', 'gaps_growth', 'market_trends', 'goals_planning', 'actions_priorities', 'closing']));
    expect(progressOf(state)).toEqual({ stage: 'closing', stagesDone: 6, stagesTotal: 6, mandatoryAnswered: 3, mandatoryTotal: 3 });
    // Answered in the persona's first answer: no rating question needed.
    expect(refs).not.toContain('followup:ask_rating');
    expect(await interviewer.respond(recordStoredAnswer(state, state.nextSeq, new Date()), 'One more thing.', ctx())).toBeNull();
  });

  it('probes a vague answer and asks for a 1-10 rating when none was given', async () => {
    const opening = interviewer.open(newState(), { title: 'T', welcomeMessage: null, closedLoop: null }, new Date());
    const vague = await interviewer.respond(recordStoredAnswer(opening.state, 2, new Date()), 'Not sure.', ctx());
    expect(vague!.turn.questionRef).toBe('followup:probe_vague');
    const detailed = await interviewer.respond(
      recordStoredAnswer(vague!.state, 4, new Date()),
      'I build backend services and like the people on my team, although the roadmap changes often.',
      ctx(),
    );
    expect(detailed!.turn.questionRef).toBe('followup:ask_rating');
    expect(detailed!.turn.content).toMatch(/1 to 10/);
  });

  it('responds with care and the default support text to a crisis, without a follow-up probe', async () => {
    const opening = interviewer.open(newState(), { title: 'T', welcomeMessage: null, closedLoop: null }, new Date());
    const step = await interviewer.respond(recordStoredAnswer(opening.state, 2, new Date()), 'Honestly I feel hopeless and some days I want to end my life.', ctx());
    expect(step!.turn.questionRef).toBe('support:0');
    expect(step!.turn.content).toMatch(/pause/);
    expect(step!.turn.content).toMatch(/emergency/);
    const custom = await interviewer.respond(recordStoredAnswer(opening.state, 2, new Date()), 'I am completely burnt out and I cannot cope any more.', {
      ...ctx(),
      supportResources: 'Call the Acme wellbeing line on 0800 000 000.',
    });
    expect(custom!.turn.content).toContain('Acme wellbeing line');
  });

  it('ends gracefully with the closing turn when the turn limit is reached, mandatory questions first', async () => {
    const { transcript, state } = await runInterview(newState(MANDATORY, { maxTurns: 9, maxMinutes: 120 }), personaAnswer);
    expect(transcript.length).toBeLessThanOrEqual(9);
    expect(transcript[transcript.length - 1]!.questionRef).toBe('closing');
    expect(state.finished).toBe(true);
    const refs = transcript.map((t) => t.questionRef);
    for (const ref of ['mandatory:0', 'mandatory:1', 'mandatory:2']) expect(refs).toContain(ref);
  });

  it('closes when the time limit is used up', async () => {
    const opening = interviewer.open(newState(MANDATORY, { maxTurns: 80, maxMinutes: 1 }), { title: 'T', welcomeMessage: null, closedLoop: null }, new Date());
    const later = new Date(Date.now() + 5 * 60_000);
    const step = await interviewer.respond(recordStoredAnswer(opening.state, 2, later), 'A detailed answer about my role and what I enjoy in it.', ctx(later));
    expect(step!.turn.questionRef).toBe('closing');
    expect(step!.turn.content).toContain("We've reached the time");
  });

  it('falls back to the planned question when the configured provider fails', async () => {
    const failing = new Interviewer(
      new SentimentAnalyzer(),
      new FollowupWriter(new LlmRunner(new ChatModelFactory(), { ...config, defaults: { provider: 'openai', baseUrl: 'http://127.0.0.1:9/v1', timeoutMs: 300, maxRetries: 0 } })),
    );
    const opening = failing.open(newState(), { title: 'T', welcomeMessage: null, closedLoop: null }, new Date());
    const step = await failing.respond(recordStoredAnswer(opening.state, 2, new Date()), 'Not sure.', ctx());
    // The embedded model stands in, so the participant still gets an adaptive question.
    expect(step!.turn.questionRef).toBe('followup:probe_vague');
    expect(step!.model?.provider).toBe('embedded');
  });
});
