import { findRating } from '../satisfaction-rating.util.js';
import { aboutLifeOutsideWork } from './work-talk.lexicon.js';

/**
 * What a participant's statement is, read for its meaning rather than its words: a strength
 * ("colleagues come to me for architecture reviews"), a gap ("I lack formal leadership
 * experience"), what gives or drains energy, an intention ("I will ask my director for a
 * mentor"), what would help, a rating, talk about the conversation itself, or life outside work.
 */
export type StatementKind = 'strength' | 'gap' | 'energy' | 'drain' | 'intention' | 'need' | 'rating' | 'meta' | 'off_topic';

export interface StatementContext {
  /** Stage key of the question it answers. */
  stage?: string | null;
  /** The question it answers. */
  question?: string | null;
}

const normalise = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()} `;

const META =
  /^ (?:that'?s (?:all|it|everything)|that is (?:all|it|everything)|thanks?|thank you|no(?:pe)?|nothing (?:else|more)|not really|i think (?:i'?ve|i have|that'?s|that covers)|i(?:'ve| have) said|ok(?:ay)?|yes|sure|hello\??|hi|n\/a|can we|let'?s (?:stop|wrap|pause|finish|continue|go on)|i'?m done|i'?m ok(?:ay)?|we can go on)\b/;
const ABOUT_THE_CONVERSATION = /\bwhat do you mean\b|\bthis (?:interview|conversation|reflection|session|question)\b|\brephrase\b/;
const NEGATION = /\b(?:not|n't|never|no|nobody|nothing|without|hardly)\b/;

/** Said as a decision: "I will", "I'm going to", "I plan to", "next quarter I…". */
const COMMITTED =
  /\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to| plan to| intend to| aim to| mean to)\b|^ (?:next|this) (?:week|month|quarter|year|cycle|spring|summer|autumn|fall|winter)\b[^.]*\bi\b/;
/** Said as a wish or an obligation: an intention only when it names something to do. */
const WISHED = /\b(?:i|we)(?: want to|'d like to| would like to| hope to| need to| have to| must)\b/;
const NEGATED_INTENTION = /\b(?:i|we) (?:won'?t|will not|don'?t (?:want|plan|intend)|do not (?:want|plan|intend)|would not|wouldn'?t)\b/;
/** Where they want to be rather than what they will do: "I would like to be a staff engineer". */
const ASPIRATION =
  /\b(?:to be|to become|to feel|to have|to move (?:into|towards|to)|to work (?:as|in|at)|to keep|to stay|to get promoted)\b/;
/** Verbs that name something to do: "Enrol in a leadership programme", "I want to hand over the tool". */
const ACTION_VERBS =
  'enrol|enroll|start|ask|book|take|get|join|talk|speak|hand|propose|schedule|find|write|apply|present|meet|shadow|block|read|learn|practise|practice|sign up|set up|reach out|build|create|finish|complete|attend|register|volunteer|pair|request|share|plan|prepare|publish|delegate|say no|look for|run|make|mentor|organise|organize|lead|pitch|submit|send|call|visit|see|try|review|draft|agree|negotiate|raise|cut|drop|hire|train|teach|document|automate|rewrite|own';
/** An imperative plan, as people answer "what will you do?". */
export const ACTION_VERB = new RegExp(`^ ?(?:${ACTION_VERBS})\\b`);
const TO_ACTION = new RegExp(`\\b(?:want|like|hope|need|have) to (?:${ACTION_VERBS})\\b`);

const STRENGTH =
  /\bsomething i do (?:really |very )?well\b|\bwhat i do best\b|\b(?:say|says|tell me) (?:that )?my [\w -]{1,30} (?:is|are) (?:the )?(?:best|clearest|strongest|great|excellent)\b|\b(?:i'?m|i am|i'?ve always been|i have always been) (?:really |quite |very |pretty |fairly )?(?:good|great|strong|skilled|confident|calm|thorough|organised|organized|patient|reliable|known|experienced|effective|quick|fast|detail-oriented|resilient|creative) (?:at|with|in|for|under|when)?\b|\bmy (?:strong point|strength|strengths|superpower) (?:is|are)\b|\b(?:this|that|it) is my strong point\b|\b(?:people|colleagues|they|juniors?|junior developers|developers|engineers|everyone|others|the team|my team|managers?|stakeholders|the developers|engineers) (?:often |usually |always |also )?(?:come to me|ask me|rely on me|trust (?:me|my)|bring me|turn to me|say i)\b|\b(?:strong|solid|deep|natural) [\w -]{0,40}(?:skills?|abilit(?:y|ies)|experience|background|judgement|judgment|expertise|instincts?)\b|\bi (?:excel|thrive)\b|\bmy [\w -]{0,30}(?:background|experience|skills?) (?:helps?|lets?|gives?)\b|\bi(?:'m| am) proud\b|\bi (?:stay|keep|remain) calm\b|\bi explain [\w ]{0,30}(?:calmly|clearly|well)\b/;
const ACHIEVEMENT =
  /\bi (?:led|built|shipped|delivered|designed|rewrote|redesigned|launched|mentored|created|ran|grew|won|improved|fixed|untangled|automated|introduced|organised|organized|closed|landed|sold|exceeded|hit)\b/;
const GAP =
  /\bi lack\b|\black(?:ing)? (?:of|formal|real|any|the)\b|\bi(?:'m| am) not (?:good|great|confident|strong|comfortable|sure how)\b|\bi need to (?:get better|improve|learn|work on|build|develop)\b|\bi (?:still )?struggle\b|\b(?:is|are|feels?) (?:still )?(?:hard|difficult) for me\b|\b(?:still )?(?:hard|difficult) for me\b|\bi(?:'ve| have) never\b|\bno (?:mentor\w*|feedback|support|time|one|clear|real|growth|opportunit\w*|recognition|visibility)\b|\bnobody\b|\bnot enough\b|\bmissing\b|\bweak(?:ness|nesses|er)?\b|\bi(?:'m| am) (?:stuck|behind)\b|\bfeel(?:s|ing)? stuck\b|\bunclear\b|\bi over-?prepare\b|\bi (?:don'?t|do not) (?:have|know how|get)\b|\bleast confident\b|\bgaps? in\b|\bget better at\b|\bnot (?:giving|given) (?:me )?(?:much )?feedback\b|\b(?:rarely|never) (?:get|gets|give|gives)\b|\bnot (?:much|any) feedback\b|\b(?:want|would like|'d like|need|hope) to (?:learn|get better|improve|build|develop|work on)\b/;
const LACK =
  /\black(?:ing)? of\b|\bno (?:mentor\w*|feedback|support|growth|opportunit\w*)\b|\bi (?:lack|still struggle|struggle|need to|am not|'m not|have never|'ve never|don'?t know how|do not know how)\b/;
const ENERGY =
  /\bgives? me (?:energy|a buzz)\b|\benergi[sz]es me\b|\bi (?:really |also )?(?:enjoy|love|like)\b|\bthe best part\b|\bwhat i (?:like|enjoy|love) most\b|\bmotivates me\b|\bi(?:'m| am) passionate about\b/;
const DRAIN =
  /\bdrains? (?:me|it|my energy)\b|\bdraining\b|\bexhaust\w*\b|\bfrustrat\w*\b|\bi (?:hate|dislike|dread)\b|\bwears me out\b|\bworn out\b|\bboring\b|\bbored\b|\bburn(?:t|ed)?[ -]?out\b|\bburnout\b|\boverwhelm\w*\b|\bcan'?t cope\b|\bdrowning\b|\bstress(?:ed|ful)\b|\banxious\b|\bunmanageable\b|\bcan'?t keep (?:going|up)\b/;
const NEED = /\bwould (?:help|make a (?:big )?difference)\b|\bwhat (?:would )?help(?:s)? (?:most|me)\b|\bit will help\b/;

const ASKS_STRENGTHS = /strength|good at|come to you for|value you bring|unique value|proud/i;
const ASKS_GAPS = /skills? (?:or experiences )?would help|\bgaps?\b|least confident|get better|missing|hold(?:s|ing)? you back|lack/i;
const ASKS_NEEDS = /what would help|would make (?:the )?(?:biggest|most|a) difference|what (?:support|help) (?:do|would)|who could help/i;
const HEDGED = /^ (?:maybe|probably|perhaps|i guess|i suppose|not sure|dunno)\b/;

/** The kinds of one clause of an answer (usually one; "frustrated by the lack of mentorship" is a drain and a gap). */
export function classifyStatement(text: string, context: StatementContext = {}): StatementKind[] {
  const t = normalise(text);
  const words = t.trim().split(' ').filter(Boolean).length;
  if ((words <= 12 && META.test(t)) || ABOUT_THE_CONVERSATION.test(t)) return ['meta'];
  if (aboutLifeOutsideWork(t)) return ['off_topic'];
  if (words <= 12 && findRating(text, /scale|rate|rating|out of 10/i.test(context.question ?? '')) !== null) return ['rating'];

  const kinds = new Set<StatementKind>();
  const negated = NEGATION.test(t);
  if (isIntention(t, context.stage ?? null)) kinds.add('intention');
  if (NEED.test(t)) kinds.add('need');
  if (GAP.test(t)) kinds.add('gap');
  if (DRAIN.test(t)) kinds.add('drain');
  // What drains them is not a gap of theirs ("unclear priorities drain it"), unless they name something lacking.
  if (kinds.has('drain') && !LACK.test(t)) kinds.delete('gap');
  const strengthWords = STRENGTH.test(t) || ACHIEVEMENT.test(t);
  if (strengthWords && !kinds.has('gap') && !beforeNegation(t, STRENGTH)) kinds.add('strength');
  if (ENERGY.test(t) && !beforeNegation(t, ENERGY) && !kinds.has('drain')) kinds.add('energy');
  // An answer to the question that asked for it, with nothing that says otherwise.
  const answersStrengths = context.stage === 'strengths_value' || ASKS_STRENGTHS.test(context.question ?? '');
  const answersGaps = context.stage === 'gaps_growth' || ASKS_GAPS.test(context.question ?? '');
  const plain = kinds.size === 0 && words >= 2;
  const asksNeeds = ASKS_NEEDS.test(context.question ?? '');
  if (plain && asksNeeds) kinds.add('need');
  else if (plain && answersStrengths && !negated && !HEDGED.test(t)) kinds.add('strength');
  else if (plain && answersGaps && !answersStrengths && !HEDGED.test(t)) kinds.add('gap');
  return [...kinds];
}

/**
 * A decision ("I will…") is an intention; a wish ("I want to…") only when it names something to
 * do, or is the answer to what they will do, and not where they want to be ("to be a staff engineer").
 */
function isIntention(t: string, stage: string | null): boolean {
  if (NEGATED_INTENTION.test(t)) return false;
  if (COMMITTED.test(t)) return true;
  const actionsAsked = stage === 'actions_priorities';
  // "I want to learn more about X" is a gap to close; "I want to hand over the tool" is a step.
  if (WISHED.test(t)) return !ASPIRATION.test(t) && !GAP.test(t) && (actionsAsked || TO_ACTION.test(t));
  return actionsAsked && ACTION_VERB.test(t);
}

/** A negation in front of the cue ("I'm not good at", "I don't enjoy") turns it around. */
function beforeNegation(text: string, cue: RegExp): boolean {
  const at = text.search(cue);
  if (at <= 0) return false;
  return NEGATION.test(text.slice(Math.max(0, at - 24), at + 12));
}
