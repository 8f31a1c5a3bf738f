import { beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { ChatModelFactory, type LlmConfig, LlmRunner, similarity } from '#llm';
import { OpenAiCompatibleServer } from '#testing/openai';
import { Interviewer, type InterviewerStep, type RespondContext } from './interviewer.service.js';
import type { InterviewerState } from './interviewer-state.type.js';
import { recordStoredAnswer } from './interviewer-state.util.js';
import { type InterviewTemplate, newInterviewState } from './new-interview.util.js';
import { SentimentAnalyzer } from './sentiment-analyzer.service.js';
import { PRESUMES_PENDING, SENSITIVE_TOPIC } from './turn-checks.util.js';
import { TurnWriter } from './turn-writer.service.js';

const CAREER: InterviewTemplate = {
  primaryQuestion: 'How can I assess my career satisfaction and identify the best path for growth?',
  goals: [],
  mandatoryQuestions: [
    "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
    'What are my core strengths and unique value proposition in my current field and role?',
  ],
  plan: null,
  maxTurns: 80,
  maxMinutes: 120,
  cta: { text: 'Use these insights to plan your next steps.', url: 'https://example.test/plan' },
};
const MOVE: InterviewTemplate = {
  ...CAREER,
  primaryQuestion: 'Should I move from engineering into product management?',
  mandatoryQuestions: [],
};
const RESOURCES = 'Call 988 (US) or Samaritans on 116 123 (UK and Ireland).';

const config: LlmConfig = {
  defaults: { provider: 'embedded', timeoutMs: 2000, maxRetries: 0 },
  interviewBudgetMs: 2000,
  allowedOverrideHosts: '*',
};
const interviewer = new Interviewer(new SentimentAnalyzer(), new TurnWriter(new LlmRunner(new ChatModelFactory(), config)));
const ctx = (extra: Partial<RespondContext> = {}): RespondContext => ({
  organisationId: '00000000-0000-0000-0000-000000000001',
  budgetMs: 2000,
  supportResources: RESOURCES,
  now: new Date(),
  window: [],
  ...extra,
});

/** Opens an interview on `template`, answers `answers` in turn, and returns every step. */
async function converse(
  template: InterviewTemplate,
  answers: string[],
  extra: Partial<RespondContext> = {},
): Promise<{ steps: InterviewerStep[]; state: InterviewerState }> {
  const opening = interviewer.open(
    newInterviewState(template, [], new Date()),
    { title: 'Reflection', welcomeMessage: null, closedLoop: null },
    new Date(),
  );
  const steps = [opening];
  let state = opening.state;
  for (const answer of answers) {
    const step = await interviewer.respond(recordStoredAnswer(state, state.nextSeq, new Date()), answer, ctx(extra));
    if (!step) break;
    steps.push(step);
    state = step.state;
  }
  return { steps, state };
}

const last = (steps: InterviewerStep[]) => steps[steps.length - 1]!;
const questionOf = (text: string) => (text.match(/[^.!?\n]*\?/g) ?? []).pop()?.trim() ?? '';

describe('Interviewer: the policy honours what the participant asks for', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each(['Can we wrap this up?', "I'm done for today.", 'Stop.'])(
    'closes at once on a wish to stop (%p), with no further question',
    async (wish) => {
      const { steps, state } = await converse(CAREER, ['I lead a small platform team and mostly enjoy it.', wish]);
      const reply = last(steps);
      expect(reply.turn.questionRef).toBe('closing');
      expect(reply.turn.content).not.toContain('?');
      expect(reply.turn.content).toMatch(/Your answers are saved/);
      expect(state).toMatchObject({ finished: true, endedBy: 'participant', pending: null });
      expect(await interviewer.respond(recordStoredAnswer(state, state.nextSeq, new Date()), 'hello?', ctx())).toBeNull();
    },
  );

  it('pauses on request and continues with the next question on return', async () => {
    const { steps, state } = await converse(CAREER, ['I lead a small platform team.', 'Can we take a break and continue later?']);
    expect(last(steps)).toMatchObject({ pause: true, turn: { questionRef: 'pause' } });
    expect(last(steps).turn.content).not.toContain('?');
    expect(state.pending).toBeNull();
    const back = interviewer.reenter(state, new Date())!;
    expect(back.turn.content).toMatch(/^(Welcome back|Good to have you back|Picking up)/);
    expect(back.state.pending?.kind).toBe('planned');
  });

  it.each(['pass', "I'd rather not say.", 'skip'])(
    'moves on after a skip (%p) without probing, and never asks that question again',
    async (skip) => {
      const { steps, state } = await converse(CAREER, [skip]);
      // The first question is the first part of a mandatory question: skipping it skips the whole question.
      expect(last(steps).turn.questionRef).not.toMatch(/^followup:|^mandatory:0/);
      expect(last(steps).turn.content).toMatch(/^(No problem|That's fine|Sure|Of course)/);
      expect(state.skippedRefs).toEqual(expect.arrayContaining(['mandatory:0', 'mandatory:0:2']));
      expect(state.askedRefs).not.toContain('mandatory:0:2');
    },
  );

  it('keeps a correction in its notes and never asks about the move as pending again', async () => {
    const { steps, state } = await converse(MOVE, [
      'Actually, I already moved into PM six months ago. What draws me is shaping what we build.',
      '7',
      'Talking to customers every week and turning it into a roadmap.',
      'My engineering background helps me spot risks early.',
      'Saying no to stakeholders is still hard for me.',
    ]);
    expect(state.stance).toBe('moved');
    expect(state.notes).toContainEqual({ key: 'situation', text: expect.stringContaining('already moved into PM') });
    expect(steps[1]!.turn.content).toMatch(
      /^(Thanks for putting me right|Got it, thank you for the correction|Understood, I'll keep that in mind)/,
    );
    for (const step of steps.slice(1)) expect(step.turn.content).not.toMatch(PRESUMES_PENDING);
    expect(steps.some((s) => /move into product management been like so far/.test(s.turn.content))).toBe(true);
  });

  it('asks a plainer question once when asked what the question means', async () => {
    const { steps } = await converse(CAREER, ['What do you mean?']);
    const [opening, reply] = steps;
    expect(reply!.turn.questionRef).toBe(opening!.turn.questionRef);
    expect(questionOf(reply!.turn.content).length).toBeLessThan(questionOf(opening!.turn.content).length);
  });

  it('steers off-topic drift back once per stage, without probing the drift', async () => {
    const drift =
      'The commute is brutal, an hour each way on the train, and I have been training with my running club for a half marathon.';
    const { steps } = await converse(CAREER, [drift]);
    const reply = last(steps).turn.content;
    expect(reply).toMatch(/Coming back to/);
    expect(questionOf(reply)).not.toMatch(/commute|train|running|marathon/i);
  });
});

describe('Interviewer: distress and crisis', () => {
  const burnout =
    "Honestly I'm completely burnt out. I sleep four hours a night, the workload is unmanageable and I can't keep going like this.";

  it('supports once in full, follows the topic the participant names, and never brings market or pay questions', async () => {
    const { steps, state } = await converse(CAREER, [
      'I lead a small team.',
      burnout,
      'I think making the workload manageable would help most.',
      'Fewer parallel projects.',
      "Some days I feel like I'm drowning and I can't cope.",
    ]);
    const support = steps[2]!;
    expect(support.sensitive).toBe(true);
    expect(support.turn.content).toContain(RESOURCES);
    expect(support.turn.content).toMatch(/go on, take a break, or stop/);
    expect(support.turn.content).toMatch(/completely burnt out/);
    expect(questionOf(support.turn.content)).toBe('Would you like to go on, take a break, or stop here?');
    const lead = steps[3]!;
    expect(lead.turn.content).toMatch(/workload/);
    const later = steps[5]!;
    expect(later.turn.content).not.toContain(RESOURCES);
    expect(later.turn.content.split(/(?<=[.?!])\s+/).length).toBeLessThanOrEqual(2);
    expect(later.turn.content).not.toEqual(support.turn.content);
    for (const step of steps.slice(2)) expect(questionOf(step.turn.content)).not.toMatch(SENSITIVE_TOPIC);
    expect(
      state.agenda.filter((i) => i.sensitive).every((i) => state.skippedRefs.includes(i.ref) || !state.askedRefs.includes(i.ref)),
    ).toBe(true);
  });

  it('continues gently, away from the topic that upset them, when they want to go on', async () => {
    const { steps } = await converse(CAREER, [
      'I work in support operations.',
      "I don't feel like I have any strengths right now, honestly.",
      "I'm okay, we can go on.",
    ]);
    expect(steps[2]!.turn.content).toMatch(/strengths can wait|This topic can wait/);
    const next = last(steps).turn.content;
    expect(next).toMatch(/gently|slowly|light/);
    expect(questionOf(next)).not.toMatch(/strength/i);
  });

  it('meets a risk to life with the resources first, says it is an AI, and pauses', async () => {
    const { steps, state } = await converse(CAREER, ['Some days I feel like I do not want to be here anymore.']);
    const crisis = last(steps);
    expect(crisis.turn.content.startsWith(RESOURCES)).toBe(true);
    expect(crisis.turn.content).toMatch(/I am an AI/);
    expect(crisis.turn.content).not.toContain('?');
    expect(crisis).toMatchObject({ pause: true, sensitive: true });
    expect(state.pending).toBeNull();
  });
});

describe('Interviewer: follow-ups that make sense', () => {
  it('never quotes a filler or what a negation covers', async () => {
    for (const answer of ['No idea.', 'Not much.', "I don't feel like I have any real opportunities here."]) {
      const { steps } = await converse(CAREER, [answer]);
      const step = last(steps);
      expect(step.turn.quote ?? null).toBeNull();
      expect(questionOf(step.turn.content)).not.toMatch(/\bidea\b|opportunities/);
    }
  });

  it('asks for an example of experience, never of a plan or a date', async () => {
    const { steps } = await converse(CAREER, [
      'I will ask my director for a mentor before the end of January, and next quarter I plan to join the architecture review board.',
    ]);
    const question = questionOf(last(steps).turn.content);
    expect(question).not.toMatch(/example/i);
    expect(question).not.toMatch(/January|quarter/);
  });

  it('writes one open question after a short acknowledgement in their words', async () => {
    const { steps } = await converse(CAREER, [
      'I led the migration to the new message queue mostly on my own, and I enjoyed the design work.',
    ]);
    const content = last(steps).turn.content;
    expect(content.match(/\?/g)).toHaveLength(1);
    expect(content.split(/\s+/).length).toBeLessThanOrEqual(45);
    expect(content).not.toMatch(/\b(great|interesting|awesome)\b/i);
  });
});

describe('Interviewer: the plan is covered within the limits', () => {
  it('asks every mandatory question once, then recaps and closes with the call to action', async () => {
    const answers = Array.from(
      { length: 40 },
      (_, i) => `I have been working on the reporting pipeline and it taught me something new, part ${i}.`,
    );
    const { steps, state } = await converse({ ...CAREER, maxTurns: 40 }, answers);
    const mandatory = state.agenda.filter((i) => i.mandatory).map((i) => i.ref);
    for (const ref of mandatory) expect(steps.filter((s) => s.turn.questionRef === ref)).toHaveLength(1);
    expect(state.finished).toBe(true);
    expect(state.turns).toBeLessThanOrEqual(40);
    const questions = steps.map((s) => questionOf(s.turn.content)).filter(Boolean);
    for (const [i, a] of questions.entries()) for (const b of questions.slice(i + 1)) expect(similarity(a, b)).toBeLessThan(0.8);
    expect(last(steps).turn.content).toContain('https://example.test/plan');
  });
});

describe('Interviewer: a real model decides, the policy checks', () => {
  it('uses a valid decision of the configured model, and falls back to the embedded heuristic when the model breaks a rule', async () => {
    let reply = {
      move: 'follow_up',
      acknowledgement: 'So you lead a platform team.',
      question: 'What does a good week look like for your team?',
      quote: null,
      probe: 'tell_more',
      notes: [{ key: 'role', text: 'leads a platform team' }],
    };
    const server = await new OpenAiCompatibleServer(() => ({ status: 200, content: JSON.stringify(reply) })).start();
    try {
      const settings = { provider: 'openai' as const, baseUrl: server.baseUrl, apiKey: 'k', model: 'local' };
      const good = await converse(CAREER, ['I lead a platform team of six and mostly enjoy it.'], { settings });
      expect(last(good.steps).turn.content).toBe('So you lead a platform team. What does a good week look like for your team?');
      expect(last(good.steps).model).toMatchObject({ provider: 'openai', model: 'local', promptVersion: 'interview-turn@1' });
      expect(good.state.notes).toContainEqual({ key: 'role', text: 'leads a platform team' });

      reply = { ...reply, acknowledgement: 'Great point!', question: 'Is that good? Or bad?' };
      const refused = await converse(CAREER, ['I lead a platform team of six and mostly enjoy it.'], { settings });
      expect(last(refused.steps).model?.provider).toBe('embedded');
      expect(last(refused.steps).turn.content).not.toMatch(/Great point/);
    } finally {
      await server.stop();
    }
  });
});
