import type { InterviewTurnDecision, InterviewTurnInput, ProbeKind } from '../prompts/interview-turn.schema.js';
import { similarity, textKey } from '../util/text-compare.util.js';
import { acknowledge, openingOf } from './acknowledgement.heuristic.js';
import { easierProbes, phraseProbes, plainer } from './probe-questions.js';
import { type QuotablePhrase, quotablePhrases } from './quotable-phrases.util.js';
import { TextAnalysis } from './text-analysis.util.js';

/** A follow-up this close to an earlier question is not asked: a sound planned question is better. */
const TOO_CLOSE = 0.6;
/** Questions about what is not so yet: what would help, what would need to be true. */
const HYPOTHETICAL = /\bwhat would (?:help|make|need|it take|change)\b|\bwhat could\b|\bif you could\b|\bwhat would need to be true\b/i;

type PhraseProbe = Exclude<ProbeKind, 'easier'>;

/**
 * The embedded interviewer's decision: a careful, conservative heuristic. It follows up only when
 * it has something sound to ask (an easier, concrete question after a vague answer; a question
 * about a meaningful phrase the person used after a rich one) and otherwise asks the planned
 * question. It never quotes negations, fillers, dates or template text, never asks for an example
 * of a plan, and never adds a feeling the person did not name.
 */
export function buildInterviewTurn(input: InterviewTurnInput): InterviewTurnDecision {
  const analysis = new TextAnalysis();
  const interviewerSaid = input.window.filter((entry) => entry.role === 'interviewer').map((entry) => entry.text);
  const exclude = [
    input.lastQuestion,
    input.primaryQuestion,
    ...input.goals,
    ...input.askedQuestions,
    ...input.openMandatory,
    ...interviewerSaid,
    ...(input.planned ? [input.planned.text] : []),
  ];
  // An answer to "what would help?" is a wish, however it is worded: no example of it exists yet.
  const hypothetical = HYPOTHETICAL.test(input.lastQuestion);
  const phrases = quotablePhrases(input.lastAnswer, exclude, analysis).map((p) => (hypothetical ? { ...p, clause: 'plan' as const } : p));
  const asked = [...input.askedQuestions, input.lastQuestion].map(textKey);
  // A question must differ from every earlier one, and not open a turn the way an earlier turn opened.
  const fresh = (question: string) =>
    asked.every((key) => similarity(key, question) < TOO_CLOSE) && !input.usedOpenings.includes(openingOf(question));
  // The acknowledgement never names the phrase the question is about ("You mentioned X. Could you tell me more about X?").
  const acknowledgementFor = (quote: string | null) =>
    acknowledge(input.lastAnswer, {
      usedOpenings: input.usedOpenings,
      vague: input.signals.vague,
      saturated: input.signals.saturated,
      rating: input.signals.rating,
      // A question that quotes them is acknowledged with a reflection or a plain word, not with a second phrase.
      phrases: quote ? [] : phrases,
    });
  const decision = (
    move: InterviewTurnDecision['move'],
    question: string | null,
    probe: ProbeKind | null = null,
    quote: string | null = null,
  ): InterviewTurnDecision => ({
    move,
    acknowledgement: acknowledgementFor(quote),
    question,
    quote,
    probe,
    notes: [],
  });
  const planned = (move: 'next_question' | 'move_on' = 'next_question') => decision(move, input.planned?.text ?? null);
  const { signals, allowed } = input;

  if (signals.asksMeaning && allowed.clarify) {
    const simpler = plainer(input.lastQuestion);
    if (simpler && fresh(simpler)) return { ...decision('clarify', simpler), acknowledgement: clarifyingAck(input.usedOpenings) };
  }
  if (signals.offTopic && allowed.steer) {
    const back = plainer(input.lastQuestion);
    const question = back && fresh(back) ? back : (input.planned?.text ?? null);
    if (question) return decision('steer_back', `Coming back to ${input.stage.topic}: ${lowerFirst(question)}`);
  }
  if (signals.saturated) return planned('move_on');
  if (!allowed.followUp || signals.rating !== null) return planned();

  if (signals.vague) {
    // A short answer that names something ("Meetings.") is asked about; one that names nothing gets an easier question.
    const named = phrases[0];
    const aboutIt = named && named.clause !== 'plan' ? phraseProbes('tell_more', named).find(fresh) : undefined;
    if (aboutIt) return decision('follow_up', aboutIt, 'tell_more', named!.text);
    const probe = easierProbes(input.stage.key).slice(signals.probesOnTopic).find(fresh);
    return probe ? decision('follow_up', probe, 'easier') : planned();
  }
  for (const phrase of phrases.slice(0, 3)) {
    for (const kind of probeKinds(phrase, input)) {
      const question = phraseProbes(kind, phrase).find(fresh);
      if (question) return decision('follow_up', question, kind, phrase.text);
    }
  }
  // A plan with nothing quotable in it: ask what would help, without pasting a fragment in.
  if (phrases.some((p) => p.clause === 'plan')) {
    const question = PLAN_PROBES.find(fresh);
    if (question) return decision('follow_up', question, 'plan_step');
  }
  return planned();
}

/** Kinds of probe that make sense for a phrase, least recently used first; laddering last and never twice running. */
function probeKinds(phrase: QuotablePhrase, input: InterviewTurnInput): PhraseProbe[] {
  const { allowed } = input;
  let kinds: PhraseProbe[];
  const goalLike = NAMES_A_GOAL.test(phrase.text) || phrase.gerund;
  if (phrase.clause === 'plan') kinds = goalLike ? ['plan_step'] : [];
  else if (input.stage.key === 'strengths_value' && (NAMES_A_SKILL.test(phrase.text) || phrase.gerund)) kinds = ['impact', 'tell_more'];
  else if (phrase.clause === 'past' && (NAMES_AN_EVENT.test(phrase.text) || phrase.gerund)) kinds = ['experience', 'tell_more'];
  else kinds = ['tell_more'];
  if (phrase.clause !== 'plan' && allowed.example && (NAMES_AN_EVENT.test(phrase.text) || phrase.gerund)) kinds.push('example');
  if (!phrase.text.includes(' ') && phrase.clause !== 'plan' && ABSTRACT.test(phrase.text)) kinds.push('meaning');
  const last = input.probesUsed[input.probesUsed.length - 1];
  if (allowed.ladder && last !== 'ladder' && goalLike) kinds.push('ladder');
  const used = (kind: PhraseProbe) => input.probesUsed.lastIndexOf(kind);
  return kinds
    .filter((kind) => kind !== last || kinds.length === 1)
    .sort((a, b) => (a === 'ladder' ? 1 : b === 'ladder' ? -1 : used(a) - used(b)));
}

/** A phrase that names a skill or strength ("system design skills", "writing crisp problem statements"). */
const NAMES_A_SKILL = /\b(?:skills?|abilit(?:y|ies)|talents?|strengths?|knack|expertise|experience)$/i;

/** Things that happen, of which a recent example makes sense ("status meetings", "production incidents"). */
const NAMES_AN_EVENT =
  /\b(?:meetings?|reviews?|incidents?|conflicts?|feedback|deadlines?|projects?|decisions?|conversations?|presentations?|situations?|challenges?|changes?|requests?|escalations?|interviews?|launch(?:es)?|releases?|outages?|mistakes?|tasks?|migration|redesign|rotations?)$/i;

/** Something a plan can lead toward: a role, a programme, a project ("a first step toward a lead engineer role"). */
const NAMES_A_GOAL =
  /\b(?:role|position|job|programme|program|project|course|certification|qualification|degree|promotion|board|career|path|skills?|leadership|move|transition|discovery cycle)$/i;

/** A single abstract word whose meaning is the person's own ("ownership", "visibility"). */
const ABSTRACT = /(?:ness|ity|ship|ment|ance|ence|tion|sion|ism|ure)$/i;

const PLAN_PROBES = ['What would help you take that first step?', 'What makes that plan important to you right now?'];

const CLARIFY_ACKS = ['Let me put that more simply.', 'Sure, in plainer words.', 'Fair question.'];

function clarifyingAck(usedOpenings: readonly string[]): string {
  return CLARIFY_ACKS.find((ack) => !usedOpenings.includes(openingOf(ack))) ?? CLARIFY_ACKS[0]!;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
