import { normalizeForCompare } from '../util/text-compare.util.js';
import { capitalise } from './heuristic.util.js';
import { type QuotablePhrase, spoken } from './quotable-phrases.util.js';

/** Acknowledgements stay one short sentence. */
export const MAX_ACK_WORDS = 20;

export interface AcknowledgementContext {
  /** Opening words of earlier acknowledgements ("so you feel stuck"): a new one opens differently. */
  usedOpenings: readonly string[];
  vague: boolean;
  /** The answer repeats itself or says there is nothing more: nothing to reflect back. */
  saturated?: boolean;
  rating: number | null;
  phrases: readonly QuotablePhrase[];
}

const HEDGES =
  /^(?:(?:honestly|frankly|well|so|yeah|yes|ok(?:ay)?|um+|uh+|basically|actually|really|i mean|i think|i guess|i suppose|i'd say|to be honest|if i'?m honest|i feel like|you know)[,\s]+)+/i;
/**
 * A clause that says something about the speaker: "I..." or "we..." within its first three words
 * ("last month I redesigned..."), "my X is / helps / offered..." (a possessive subject with its
 * verb), or "colleagues ask me..." (a plural subject, a verb and "me").
 */
const FIRST_PERSON =
  /^(?:\S+ ){0,2}(?:i|i'm|i've|i'd|i'll|we|we're|we've)\b|^(?:my|our) (?:(?!who\b)\S+ ){0,5}?(?:is|are|was|were|has|have|had|can|will|would|does|did|\w+s|\w+ed)\b|^(?:[a-z]+s|they|he|she|people) (?:often |usually |always |sometimes )?\w+ (?:me|us)\b/i;
const CONJUNCTION_START = /^(?:and|but|or|so|because|which|that|who|when|if|although|though)\b/i;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;

const SWAPS: Array<[RegExp, string]> = [
  [/\bI am\b/g, 'you are'],
  [/\bI was\b/g, 'you were'],
  [/\bI'm\b/gi, "you're"],
  [/\bI've\b/gi, "you've"],
  [/\bI'd\b/gi, "you'd"],
  [/\bI'll\b/gi, "you'll"],
  [/\bwe're\b/gi, "you're"],
  [/\bwe've\b/gi, "you've"],
  [/\bwe were\b/gi, 'you were'],
  [/\bI\b/g, 'you'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bourselves\b/gi, 'yourselves'],
  [/\bmine\b/gi, 'yours'],
  [/\bours\b/gi, 'yours'],
  [/\bmy\b/gi, 'your'],
  [/\bour\b/gi, 'your'],
  [/\bme\b/gi, 'you'],
  [/\bus\b/g, 'you'],
  [/\bwe\b/gi, 'you'],
];

const REFLECTION_LEADS = ['So', 'It sounds like', 'You said', 'Right, so', 'OK, so', 'I hear that'];
const PHRASE_ACKS = ['You mentioned {x}.', 'You brought up {x}.', 'You talked about {x}.', 'You raised {x}.'];
const VAGUE_ACKS = ["That's fine.", 'OK, no problem.', 'Fair enough.', 'Sure.', 'Understood.', 'All right.'];
const NEUTRAL_ACKS = [
  'Thank you.',
  'Thanks for explaining.',
  'Understood.',
  'Got it.',
  'I see.',
  'Noted.',
  'OK.',
  'Thanks.',
  'Right.',
  'Thank you for that.',
  'OK, thank you.',
  'I follow.',
  'Clear.',
];
const RATING_ACKS = ['So a {n} out of 10 for now.', 'A {n} out of 10, then.', 'Noted: {n} out of 10.'];

/** Opening words of a turn or acknowledgement (its first four), for the no-repeated-opening rule. */
export function openingOf(text: string): string {
  return normalizeForCompare(text).split(' ').slice(0, 4).join(' ');
}

/** How often earlier openings began with the same two words: a lead used less often reads fresher. */
const leadUse = (text: string, used: readonly string[]): number => {
  const lead = openingOf(text).split(' ').slice(0, 2).join(' ');
  return used.filter((u) => u.startsWith(lead)).length;
};

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * A short acknowledgement of an answer, in the participant's words: a first-person clause turned
 * to "you" ("So you led the migration mostly on your own."), else a phrase they used, else a
 * neutral word. Never praise or interpretation; never an opening already used in the session.
 */
export function acknowledge(answer: string, context: AcknowledgementContext): string {
  const fresh = (text: string) => !context.usedOpenings.includes(openingOf(text)) && wordCount(text) <= MAX_ACK_WORDS;
  const candidates: string[] = [];
  if (context.saturated) return pickLeastUsed(NEUTRAL_ACKS.filter(fresh), context.usedOpenings) ?? '';
  if (context.rating !== null && wordCount(answer) <= 12) {
    const n = String(context.rating);
    const rated = pickLeastUsed(RATING_ACKS.map((t) => t.replace('{n}', n)).filter(fresh), context.usedOpenings);
    if (rated) return rated;
  }
  // A short answer that names nothing gets a plain "That's fine."; anything of theirs is reflected.
  if (context.vague && context.phrases.length === 0) candidates.push(...VAGUE_ACKS);
  else {
    for (const clause of reflectableClauses(answer)) candidates.push(...REFLECTION_LEADS.map((lead) => reflection(lead, clause)));
    for (const phrase of context.phrases.slice(0, 2)) {
      const x = spoken(phrase);
      candidates.push(...PHRASE_ACKS.map((t) => t.replace('{x}', x).replace('{X}', capitalise(x))));
    }
  }
  const usable = candidates.filter(fresh);
  // Their own words first; a neutral word only when nothing of theirs reads well.
  return pickLeastUsed(usable, context.usedOpenings) ?? pickLeastUsed(NEUTRAL_ACKS.filter(fresh), context.usedOpenings) ?? '';
}

/** The first candidate whose lead was used least. */
function pickLeastUsed(candidates: readonly string[], used: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestUse = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const use = leadUse(candidate, used);
    if (use < bestUse) {
      best = candidate;
      bestUse = use;
    }
  }
  return best;
}

const reflection = (lead: string, clause: string): string => `${lead} ${clause}.`;

/** First-person clauses of 3-12 words, hedges removed, turned to the second person; most telling first. */
export function reflectableClauses(answer: string): string[] {
  const clauses = answer
    .replace(/[\u2018\u2019]/g, "'")
    .split(/(?<=[.!?])\s+|[;:]\s*|,\s*(?:but|and|so|because)\s+|\s+but\s+|,\s+(?=I\b)/i)
    .map((c) =>
      c
        .trim()
        .replace(HEDGES, '')
        .replace(/[.!?,;:\s]+$/, '')
        .trim(),
    )
    .filter((c) => FIRST_PERSON.test(c) && !CONJUNCTION_START.test(c) && !SECOND_PERSON.test(c) && !/[?"()]/.test(c));
  const scored = clauses
    .map((clause, index) => ({ clause, index, words: wordCount(clause) }))
    .filter(({ words }) => words >= 3 && words <= 12)
    .map((entry) => ({ ...entry, score: (entry.words >= 5 ? 1 : 0) - entry.index * 0.3 }))
    .sort((a, b) => b.score - a.score);
  return scored.map(({ clause }) => toSecondPerson(clause));
}

/** "I led our migration" -> "you led your migration". */
export function toSecondPerson(clause: string): string {
  let text = clause;
  for (const [pattern, replacement] of SWAPS) text = text.replace(pattern, replacement);
  // The clause follows a lead ("So ..."): its first word is lowered unless it is a name or an acronym.
  return /^[A-Z](?:[a-z]|\s)/.test(text) && !/^I\b/.test(text) && !/^[A-Z][a-z]+ [A-Z]/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
