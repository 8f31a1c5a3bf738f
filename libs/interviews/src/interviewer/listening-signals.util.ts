import { aboutLifeOutsideWork, contentWords, similarity } from '#llm';
import { countWords } from './answer-analysis.util.js';

/** What the participant asked for, beyond answering: the policy honours these before anything else. */
export interface ListeningSignals {
  stop: boolean;
  pause: boolean;
  skip: boolean;
  /** The corrected or completed fact, in their words, when the answer corrects the interviewer or states something done. */
  correction: string | null;
  /** The answer says the move the reflection is about has already happened. */
  alreadyMoved: boolean;
  asksMeaning: boolean;
  offTopic: boolean;
  /** The topic is saturated: the answer repeats an earlier one, or says there is nothing more. */
  saturated: boolean;
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const PAUSE = [
  /\b(?:take|need|have|get) a (?:short |quick |little )?(?:break|pause|breather)\b/,
  /\b(?:can|could) we (?:pause|take a break)\b/,
  /\bpause (?:here|this|now|for now|for a bit|the (?:interview|session|conversation))\b/,
  /^(?:let'?s )?pause\b/,
  /^(?:a )?(?:break|pause)(?: please)?[.!]*$/,
  /\b(?:continue|carry on|finish|pick (?:this|it) up|come back(?: to (?:this|it))?|do (?:this|the rest)) (?:again )?(?:later|another time|another day|tomorrow)\b/,
  /\b(?:another|some other) time\b/,
];

const STOP = [
  /\b(?:can|could|shall) we (?:wrap (?:this|it|things) up|stop|finish|end|call it a day)\b/,
  /\b(?:let'?s|i'?d like to|i would like to|i want to|i need to|i have to) (?:wrap (?:this|it|things) up|stop|finish|end|quit|call it a day)\b/,
  /\bwrap (?:this|it|things) up\b/,
  /(?:^|[.!,;]\s*)i'?m (?:done|finished)(?: here| now| for (?:today|now|the day)| with (?:this|the) (?:interview|session|conversation))?\s*(?:[.!]|,? thanks?\b|$)/,
  /\bi am (?:done|finished) for (?:today|now|the day)\b/,
  /\b(?:that'?s|that is) (?:all|enough|it) for (?:today|now)\b/,
  /\benough for (?:today|now)\b/,
  /\bno more questions\b/,
  /\bstop (?:the (?:interview|session|questions)|asking|here|now)\b/,
  /\bend (?:the|this) (?:interview|session|conversation)\b/,
  /\bi (?:have|'ve got|need) to go\b|\bgotta go\b/,
  /^(?:stop|quit|end|enough)(?: please)?[.!]*$/,
];

const SKIP_WHOLE = /^(?:skip|pass|next|next question|no comment|n\/a|i'?ll pass|pass on this(?: one)?)[.!]*$/;
const SKIP = [
  /\bi'?d (?:rather|prefer) not (?:say|answer|talk about (?:it|that|this)|go into (?:it|that|this))\b/,
  /\bi would (?:rather|prefer) not (?:say|answer|talk about (?:it|that|this)|go into (?:it|that|this))\b/,
  /^(?:i )?(?:rather|prefer) not (?:to )?(?:say|answer)\b/,
  /\b(?:can|could) we skip (?:this|that)\b/,
  /\blet'?s skip (?:this|that)\b|\bskip (?:this|that) (?:one|question)\b/,
  /\bi don'?t want to (?:answer|talk about) (?:that|this|it)\b/,
  /\bnot comfortable (?:answering|talking about) (?:that|this)\b/,
];

const CORRECTION_START =
  /^(?:actually|no[,.!]|nope|not quite|not exactly|that'?s not (?:right|true|correct|what i (?:said|meant))|to be clear|correction|i meant|what i meant|sorry,? i meant|wait,)/;
const ALREADY_DONE =
  /\bi(?: have|'ve)? already (?:moved|switched|made|changed|transitioned|started|left|joined|become|became|got|taken|took|done|did|decided|been)\b/;
const MOVED =
  /\b(?:already|have|'ve) (?:moved|switched|transitioned|made the (?:move|switch|jump)|changed (?:roles|careers|jobs))\b|\bi (?:moved|switched|transitioned) (?:into|to|over)\b[^.]*\b(?:ago|last (?:year|month|quarter))\b/;

const NOTHING_MORE =
  /^(?:that'?s (?:all|it|everything)|that is (?:all|it|everything)|nothing (?:more|else)|no(?:pe)?[.!]?$|not really|(?:i think )?that covers it|(?:i think )?i(?:'ve| have) said (?:it|everything|all|what i want(?:ed)? to))/;

const CLARIFY =
  /\bwhat do you mean\b|\bwhat does (?:that|this|it) mean\b|\b(?:don'?t|do not) (?:understand|get) (?:the|this|that|your) question\b|\b(?:can|could) you (?:rephrase|explain|clarify)\b|\bnot sure what you(?:'re| are) asking\b|\bwhat are you asking\b|^rephrase\b/;

/**
 * Reads what an answer asks of the interviewer: to stop, pause or skip; a correction or a fact
 * already done; a request to explain the question; drift off topic; an answer repeating an
 * earlier one. Deliberately conservative: a false stop is worse than a missed one only because
 * the participant can always stop again, so phrases must be explicit.
 */
export function readListening(answer: string, context: { lastQuestion: string; earlierAnswers: readonly string[] }): ListeningSignals {
  const text = normalise(answer);
  const words = countWords(answer);
  const pause = PAUSE.some((p) => p.test(text));
  const stop = !pause && STOP.some((p) => p.test(text));
  const skip = !stop && !pause && words <= 12 && (SKIP_WHOLE.test(text) || SKIP.some((p) => p.test(text)));
  const corrects = CORRECTION_START.test(text) || ALREADY_DONE.test(text);
  return {
    stop,
    pause,
    skip,
    correction: corrects ? firstSentence(answer) : null,
    alreadyMoved: MOVED.test(text),
    asksMeaning: words <= 20 && CLARIFY.test(text),
    offTopic: isOffTopic(text, words, context.lastQuestion),
    saturated: repeats(answer, words, context.earlierAnswers) || (words <= 14 && NOTHING_MORE.test(text)),
  };
}

/** After a support turn: the participant wants to go on without naming a topic. */
export function wantsToGoOn(answer: string): boolean {
  const text = normalise(answer);
  return (
    /^(?:yes|yeah|ok|okay|sure|fine)\b/.test(text) ||
    /\b(?:go on|keep going|continue|carry on|i'?m (?:ok|okay|fine|alright)|let'?s (?:go on|continue|keep going))\b/.test(text)
  );
}

function isOffTopic(text: string, words: number, lastQuestion: string): boolean {
  if (words < 8 || !aboutLifeOutsideWork(text)) return false;
  const asked = contentWords(lastQuestion);
  return ![...contentWords(text)].some((word) => asked.has(word));
}

function repeats(answer: string, words: number, earlier: readonly string[]): boolean {
  if (words < 5) return false;
  return earlier.some((previous) => similarity(previous, answer) >= 0.7);
}

function firstSentence(answer: string): string {
  const sentence = answer.trim().split(/(?<=[.!?])\s+/)[0] ?? answer;
  return sentence
    .replace(/^(?:actually|no|nope|wait|sorry)[,.!\s]+/i, '')
    .trim()
    .slice(0, 200);
}
