import { isQuotable, NEAR_DUPLICATE, quotablePhrases, similarity } from '#llm';
import { isOpenQuestion } from './question-text.util.js';

/** Craft rules a non-closing interviewer turn must keep, whoever wrote it. */
export const MAX_TURN_WORDS = 45;
export const MAX_ACK_WORDS = 20;

export const EVALUATIVE =
  /\b(?:great|interesting|awesome|good point|that makes sense|excellent|wonderful|fantastic|amazing|brilliant|love that|well done|impressive|perfect)\b/i;
export const THIRD_PERSON = /\bthe (?:participant|user|interviewee)\b/i;
const EMOTION =
  /\b(?:frustrat\w*|excit\w*|energi[sz]\w*|drain\w*|stress\w*|anxi\w*|worr\w*|angry|anger|upset\w*|happy|happi\w*|sad\w*|proud|pride|fear\w*|scar\w*|enjoy\w*|love\w*|hate\w*|passion\w*|overwhelm\w*|disappoint\w*|annoy\w*|bor(?:ed|ing))\b/gi;
/** Questions that treat a move as still ahead: never asked of someone who has made it. */
export const PRESUMES_PENDING =
  /\bbefore (?:you|i) (?:commit|decide|make the (?:move|switch|jump|leap))\b|\bwhether to (?:move|switch|make|change|leave)\b|\bif (?:you|i) (?:were to|decided? to) (?:move|switch|change|leave)\b|\b(?:you are|you're|i am|i'm) (?:considering|thinking (?:about|of))\b|\bconsidering\b|\bshould (?:you|i) (?:move|switch)\b|\bwould (?:you|i) miss\b|\bwould (?:you|i) need to learn\b|\bwould be most valued\b|\bsuccessful transition\b|\bentry routes?\b|\bdraws? (?:you|me) to\b|\bcould test\b/i;
/** Topics not raised with someone in distress unless they raise them. */
export const SENSITIVE_TOPIC =
  /\b(?:job market|market|industry trends?|salary|salaries|pay|compensation|promotion|promoted|hold(?:s|ing)? (?:you|me) back|job search|competitive|competition|demand)\b/i;
const EXAMPLE_REQUEST = /\bexample\b|\bwhen did .* last\b/i;

export const wordsOf = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
export const questionMarks = (text: string): number => (text.match(/\?/g) ?? []).length;

export interface TurnDraft {
  acknowledgement: string;
  bridge: string | null;
  question: string;
  /** Participant words the question quotes; null when none. */
  quote: string | null;
  /** The question follows up on the last answer (rather than asking the plan's question). */
  followUp: boolean;
}

export interface TurnCheckContext {
  lastAnswer: string;
  /** Interviewer, template, goal and plan texts: never quoted. */
  excluded: readonly string[];
  /** Questions asked so far. */
  asked: readonly string[];
  movedAlready: boolean;
  distressed: boolean;
}

/** The problems of a drafted turn; empty means it may be asked. */
export function checkTurn(draft: TurnDraft, ctx: TurnCheckContext): string[] {
  const problems: string[] = [];
  const content = [draft.acknowledgement, draft.bridge, draft.question].filter(Boolean).join(' ');
  if (questionMarks(draft.question) !== 1 || questionMarks(draft.acknowledgement) > 0 || questionMarks(draft.bridge ?? '') > 0)
    problems.push('a turn asks exactly one question');
  if (wordsOf(draft.acknowledgement) > MAX_ACK_WORDS || /[.!?]\s+\S/.test(draft.acknowledgement.trim()))
    problems.push('the acknowledgement is one short sentence');
  if (wordsOf(content) > MAX_TURN_WORDS) problems.push(`a turn stays under ${MAX_TURN_WORDS} words`);
  if (EVALUATIVE.test(content)) problems.push('no praise or judgement');
  if (THIRD_PERSON.test(content)) problems.push('speak to the person as "you"');
  if (ctx.asked.some((asked) => similarity(asked, draft.question) >= NEAR_DUPLICATE)) problems.push('the question repeats an earlier one');
  if (ctx.movedAlready && PRESUMES_PENDING.test(draft.question)) problems.push('the question treats a move already made as pending');
  if (ctx.distressed && SENSITIVE_TOPIC.test(draft.question) && !SENSITIVE_TOPIC.test(ctx.lastAnswer))
    problems.push('no market, pay or promotion questions after distress');
  if (draft.followUp) problems.push(...followUpProblems(draft, ctx));
  return problems;
}

function followUpProblems(draft: TurnDraft, ctx: TurnCheckContext): string[] {
  const problems: string[] = [];
  if (!isOpenQuestion(draft.question)) problems.push('a follow-up is one open, non-leading question');
  if (draft.quote) {
    if (!ctx.lastAnswer.toLowerCase().includes(draft.quote.toLowerCase())) problems.push('a quote is copied from the answer');
    else if (!isQuotable(draft.quote, ctx.lastAnswer, ctx.excluded)) problems.push('the quote is not a meaningful phrase of the answer');
    const phrase = quotablePhrases(ctx.lastAnswer, ctx.excluded).find((p) => draft.quote!.toLowerCase().endsWith(p.text.toLowerCase()));
    if (phrase?.clause === 'plan' && EXAMPLE_REQUEST.test(draft.question)) problems.push('never ask for an example of a plan');
  }
  const answer = ctx.lastAnswer.toLowerCase();
  for (const emotion of draft.question.match(EMOTION) ?? []) {
    if (!answer.includes(emotion.toLowerCase().slice(0, 5))) problems.push(`the feeling "${emotion}" is not theirs`);
  }
  return problems;
}
