import {
  EVALUATIVE,
  MAX_ACK_WORDS,
  MAX_TURN_WORDS,
  PRESUMES_PENDING,
  questionMarks,
  readListening,
  SENSITIVE_TOPIC,
  THIRD_PERSON,
  wordsOf,
} from '#interviews/interviewer';
import { isQuotable, NEAR_DUPLICATE, normalizeForCompare, quotablePhrases, similarity } from '#llm';
import type { EvalTranscript, EvalTurn } from './interview-run.js';
import { SUPPORT_RESOURCES } from './interview-run.js';

export interface CheckResult {
  check: string;
  failures: string[];
}

/** The interview checks of the scorecard, in the order they are printed. */
export const INTERVIEW_CHECKS = [
  'one question a turn',
  'short turns',
  'no praise or third person',
  'quotes are things they said',
  'feelings are theirs',
  'no examples of plans',
  'stop honoured',
  'skip honoured',
  'coverage',
  'no repeated questions',
  'openings varied',
  'distress handled',
  'corrections kept',
  'drift steered, not probed',
  'prompt stays bounded',
] as const;

const EMOTION =
  /\b(?:frustrat\w*|excit\w*|energi[sz]\w*|drain\w*|stress\w*|anxi\w*|worr\w*|angry|upset\w*|happy|sad\w*|proud|fear\w*|enjoy\w*|love\w*|hate\w*|passion\w*|overwhelm\w*|disappoint\w*)\b/gi;
const DIAGNOSTIC = /\b(?:depress\w*|disorder|diagnos\w*|clinical|mental illness|burnout syndrome)\b/i;
const EXAMPLE = /\bexample\b|\bwhen did .* last\b/i;
/** What they answer to these is not so yet: there is no example of it. */
const WISH_QUESTION = /\bwhat would (?:help|make|need|it take|change)\b|\bwhat could\b|\bif you could\b/i;
const DRIFT_WORDS = /\b(?:commute|train|running|marathon)\b/i;
/** The embedded model's estimate (characters / 4) of one turn's prompt stays under this however long the interview. */
export const MAX_PROMPT_TOKENS = 2500;

const isInterviewer = (t: EvalTurn) => t.role === 'interviewer';
const isCrisisOrPause = (t: EvalTurn) => t.questionRef === 'pause' || t.questionRef === 'closing';
/** The question of a turn: its last sentence that asks. */
export const questionOf = (text: string): string => (text.match(/[^.!?\n]*\?/g) ?? []).pop()?.trim() ?? '';
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
const answerBefore = (turns: EvalTurn[], index: number): string =>
  turns
    .slice(0, index)
    .reverse()
    .find((t) => t.role === 'participant')?.content ?? '';

/** Deterministic checks of one transcript; each failure names the turn it found. */
export function gradeInterview(transcript: EvalTranscript): CheckResult[] {
  const { turns } = transcript;
  const results = new Map<string, string[]>(INTERVIEW_CHECKS.map((c) => [c, []]));
  const fail = (check: (typeof INTERVIEW_CHECKS)[number], index: number, why: string) => results.get(check)!.push(`turn ${index}: ${why}`);
  const questions: Array<{ index: number; text: string }> = [];
  const openings = new Map<string, number>();
  const interviewerTexts: string[] = [];

  turns.forEach((turn, index) => {
    if (!isInterviewer(turn)) return;
    const ordinary = index > 0 && !isCrisisOrPause(turn) && !turn.questionRef?.startsWith('support:');
    const answer = answerBefore(turns, index);
    if (ordinary && turn.questionRef !== 'closing:check' && questionMarks(turn.content) !== 1)
      fail('one question a turn', index, `${questionMarks(turn.content)} question marks`);
    if (ordinary && wordsOf(turn.content) > MAX_TURN_WORDS) fail('short turns', index, `${wordsOf(turn.content)} words`);
    const parts = sentences(turn.content);
    if (ordinary && parts.length > 1 && wordsOf(parts[0]!) > MAX_ACK_WORDS)
      fail('short turns', index, `acknowledgement of ${wordsOf(parts[0]!)} words`);
    if (index > 0 && turn.questionRef !== 'closing' && (EVALUATIVE.test(turn.content) || THIRD_PERSON.test(turn.content)))
      fail('no praise or third person', index, 'evaluative or third-person wording');
    if (turn.quote) {
      if (!answer.toLowerCase().includes(turn.quote.toLowerCase()))
        fail('quotes are things they said', index, `"${turn.quote}" is not in the answer`);
      else if (!isQuotable(turn.quote, answer, [...transcript.templateTexts, ...interviewerTexts]))
        fail('quotes are things they said', index, `"${turn.quote}" is not a meaningful phrase`);
      for (const emotion of questionOf(turn.content).match(EMOTION) ?? []) {
        if (!answer.toLowerCase().includes(emotion.toLowerCase().slice(0, 5)))
          fail('feelings are theirs', index, `"${emotion}" was not theirs`);
      }
      const phrase = quotablePhrases(answer).find((p) => normalizeForCompare(turn.quote!).endsWith(normalizeForCompare(p.text)));
      if (phrase?.clause === 'plan' && EXAMPLE.test(questionOf(turn.content)))
        fail('no examples of plans', index, `asked for an example of a plan ("${turn.quote}")`);
      const asked = questionOf(
        turns
          .slice(0, index - 1)
          .reverse()
          .find(isInterviewer)?.content ?? '',
      );
      if (WISH_QUESTION.test(asked) && EXAMPLE.test(questionOf(turn.content)))
        fail('no examples of plans', index, `asked for an example of a wish ("${turn.quote}")`);
    }
    const question = questionOf(turn.content);
    if (question && index > 0) {
      const earlier = questions.find((q) => similarity(q.text, question) >= NEAR_DUPLICATE);
      if (earlier) fail('no repeated questions', index, `repeats turn ${earlier.index}`);
      questions.push({ index, text: question });
    }
    if (index > 0) {
      const opening = normalizeForCompare(turn.content).split(' ').slice(0, 4).join(' ');
      if (openings.has(opening)) fail('openings varied', index, `opens like turn ${openings.get(opening)} ("${opening}")`);
      else openings.set(opening, index);
    }
    if (turn.tokens && turn.tokens.input > MAX_PROMPT_TOKENS) fail('prompt stays bounded', index, `${turn.tokens.input} prompt tokens`);
    if (DRIFT_WORDS.test(question)) fail('drift steered, not probed', index, 'probes an off-topic detail');
    if (question) interviewerTexts.push(question);
  });

  gradeListening(transcript, fail);
  gradeDistress(transcript, fail);
  return INTERVIEW_CHECKS.map((check) => ({ check, failures: results.get(check)! }));
}

type Fail = (check: (typeof INTERVIEW_CHECKS)[number], index: number, why: string) => void;

function gradeListening(transcript: EvalTranscript, fail: Fail): void {
  const { turns, state } = transcript;
  let stoppedAt: number | null = null;
  let corrected = false;
  turns.forEach((turn, index) => {
    if (turn.role === 'participant') {
      const question = questionOf(turns[index - 1]?.content ?? '');
      const signals = readListening(turn.content, { lastQuestion: question, earlierAnswers: [] });
      const reply = turns[index + 1];
      if ((signals.stop || signals.pause) && reply && questionMarks(reply.content) > 0)
        fail('stop honoured', index + 1, 'asked a question after a stop or pause');
      if (signals.stop && stoppedAt === null) stoppedAt = index;
      if (signals.skip && reply) {
        if (reply.questionRef?.startsWith('followup:')) fail('skip honoured', index + 1, 'probed a skipped question');
        const later = turns
          .slice(index + 1)
          .filter(isInterviewer)
          .map((t) => questionOf(t.content));
        if (question && later.some((q) => similarity(q, question) >= NEAR_DUPLICATE))
          fail('skip honoured', index + 1, 'asked a skipped question again');
      }
      if (signals.correction) corrected = true;
      return;
    }
    if (stoppedAt !== null && index > stoppedAt + 1 && questionMarks(turn.content) > 0)
      fail('stop honoured', index, 'kept asking after a stop');
    if (corrected && PRESUMES_PENDING.test(turn.content)) fail('corrections kept', index, 'treats a done move as pending');
  });
  if (stoppedAt !== null && !state.finished) fail('stop honoured', turns.length - 1, 'the interview did not close after a stop');
  const endedEarly =
    stoppedAt !== null || state.endedBy === 'limit' || state.distress !== null || (!state.finished && transcript.pausedAt.length > 0);
  if (!endedEarly) {
    const open = state.agenda.filter(
      (item) => item.mandatory && !state.askedRefs.includes(item.ref) && !state.skippedRefs.includes(item.ref),
    );
    if (open.length) fail('coverage', turns.length - 1, `mandatory questions never asked: ${open.map((i) => i.ref).join(', ')}`);
    if (!state.finished) fail('coverage', turns.length - 1, 'the interview did not reach its close');
  }
}

function gradeDistress(transcript: EvalTranscript, fail: Fail): void {
  const { turns } = transcript;
  const support = turns
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.questionRef?.startsWith('support:') || (t.questionRef === 'pause' && t.content.includes(SUPPORT_RESOURCES)));
  const seen = new Set<string>();
  support.forEach(({ t, i }, n) => {
    if (n === 0) {
      if (!t.content.includes(SUPPORT_RESOURCES)) fail('distress handled', i, 'first support turn lacks the configured resources');
      const crisis = t.questionRef === 'pause';
      if (crisis && !t.content.startsWith(SUPPORT_RESOURCES)) fail('distress handled', i, 'crisis turn does not open with the resources');
      if (crisis && !/\bAI\b/.test(t.content)) fail('distress handled', i, 'crisis turn does not say it is an AI');
      if (!crisis && !/go on|take a break|stop/i.test(questionOf(t.content)))
        fail('distress handled', i, 'no offer to go on, pause or stop');
      if (DIAGNOSTIC.test(t.content)) fail('distress handled', i, 'diagnostic wording');
    } else if (sentences(t.content).length > 2) fail('distress handled', i, 'later support turn longer than two sentences');
    for (const sentence of sentences(t.content.replace(SUPPORT_RESOURCES, ''))) {
      if (seen.has(sentence)) fail('distress handled', i, `repeats "${sentence}"`);
      seen.add(sentence);
    }
  });
  const first = support[0]?.i;
  if (first === undefined) {
    if (transcript.persona.traits.distress || transcript.persona.traits.crisis)
      fail('distress handled', turns.length - 1, 'distress was never met with support');
    return;
  }
  turns.forEach((turn, index) => {
    if (index <= first || !isInterviewer(turn)) return;
    const question = questionOf(turn.content);
    if (SENSITIVE_TOPIC.test(question) && !SENSITIVE_TOPIC.test(answerBefore(turns, index)))
      fail('distress handled', index, 'market, pay or promotion question after distress');
  });
}
