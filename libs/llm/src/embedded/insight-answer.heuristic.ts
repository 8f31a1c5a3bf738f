import type { InsightAnswer, InsightAnswerInput, InsightCitation } from '../prompts/insight-answer.schema.js';
import { MAX_EXCERPT_CHARS } from '../prompts/insight-answer.schema.js';
import { shorten } from './heuristic.util.js';
import { isAside, type PassageClaim, readPassageClaims, WISH_TO_IMPROVE } from './insight-answer/passage-claims.util.js';
import { type AskedFor, kindsFor, readQuestionIntent } from './insight-answer/question-intent.util.js';
import { synonymsOf } from './insight-answer/question-synonyms.util.js';
import { lowerFirst, toSecondPerson } from './second-person.util.js';
import { TextAnalysis } from './text-analysis.util.js';

const MAX_PER_GROUP = 6;
const MAX_TOPIC_CLAIMS = 4;
const MAX_CLAIM_CHARS = 220;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

// One cited statement can list several things ("enrol…, start mentoring… and get…"), so a single
// statement is introduced without a count.
const LEADS: Record<AskedFor, (n: number) => string> = {
  intentions: (n) => (n === 1 ? 'You said what you intend to do' : `You named ${count(n, 'thing')} you intend to do`),
  worries: (n) => `You raised ${count(n, 'worry', 'worries')}`,
  gaps: (n) =>
    n === 1 ? 'You said what you want to get better at or lack' : `You named ${count(n, 'thing')} you want to get better at or lack`,
  strengths: (n) => `You described ${count(n, 'strength')}`,
  energy: (n) => (n === 1 ? 'You said what gives you energy' : `You named ${count(n, 'thing')} that give you energy`),
  drains: (n) => (n === 1 ? 'You said what drains your energy' : `You named ${count(n, 'thing')} that drain your energy`),
  needs: (n) => (n === 1 ? 'You said what would help you' : `You named ${count(n, 'thing')} that would help you`),
};

const NOTHING: Record<AskedFor, string> = {
  intentions: 'anything you intend to do',
  worries: 'a worry',
  gaps: 'something you lack or want to get better at',
  strengths: 'a strength',
  energy: 'what gives you energy',
  drains: 'what drains your energy',
  needs: 'what would help you',
};

/** Words of a question that say what kind of answer it wants, not what it is about. */
const QUESTION_WORDS = new Set([
  'say',
  'said',
  'tell',
  'told',
  'think',
  'thought',
  'feel',
  'felt',
  'mention',
  'talk',
  'reflect',
  'reflection',
  'answer',
  'question',
  'want',
  'would',
  'could',
  'should',
  'did',
  'do',
  'thing',
  'things',
  'anyth',
  'someth',
  'everyth',
]);
/** The labels of the owner's coded themes, added to a question about themes by the service. */
const THEME_CONTEXT = /\(Themes coded in these reflections: ([^)]+)\.\)\s*$/;
const NEGATOR = /^(?:no|not|never|without|nobody|nothing|none|hardly|\w+n't)$/i;

/**
 * Answers a participant's question about their own reflections, speaking to them. A question
 * asking for intentions, worries, strengths, energy, drains or needs is answered from the clauses
 * of those kinds, grouped, in the participant's words turned to "you"; any other question from the
 * clauses that share its terms (or their synonyms). Every claim is followed by its citation marker,
 * and cites the clause it states.
 */
export function buildInsightAnswer(input: InsightAnswerInput): InsightAnswer {
  const analysis = new TextAnalysis();
  const claims = readPassageClaims(input.passages, analysis).filter((claim) => !isAside(claim));
  const intent = readQuestionIntent(input.question);
  const answer = new AnswerWriter();

  if (intent.asks.length) {
    const used = new Set<PassageClaim>();
    const groups = intent.asks.map((group) => {
      const found = claimsFor(group, claims).filter((claim) => !used.has(claim));
      for (const claim of found) used.add(claim);
      return { group, claims: found };
    });
    const answered = groups.filter((g) => g.claims.length);
    if (answered.length) {
      for (const { group, claims: found } of answered) answer.group(group, found);
      for (const { group } of groups.filter((g) => !g.claims.length)) answer.sentence(`You did not mention ${NOTHING[group]}.`);
      return answer.done();
    }
    answer.sentence(`Nothing you said in these reflections reads as ${listOr(intent.asks.map((g) => NOTHING[g]))}.`);
  }

  const topical = onTopic(input.question, claims, analysis);
  const themes = THEME_CONTEXT.exec(input.question)?.[1]?.split(', ').slice(0, 3) ?? [];
  if (themes.length && topical.length) answer.sentence(`Your reflections keep coming back to ${listAnd(themes)}.`);
  if (topical.length) answer.topic(topical, intent.asks.length > 0);
  else if (!intent.asks.length) answer.sentence('Nothing you said in these reflections speaks to this question directly.');
  if (!topical.length) answer.sentence('Try asking it in other words, or include more of your reflections.');
  return answer.done();
}

/**
 * Clauses that answer one group, each said once. A worry must say so in its own words (an answer
 * to "what would help you grow?" is a gap, not a worry); a strength or a joy must not be denied;
 * for intentions, plans come before wishes to improve.
 */
function claimsFor(group: AskedFor, claims: PassageClaim[]): PassageClaim[] {
  const kinds = kindsFor(group);
  let found = claims.filter((claim) => {
    if (claim.uncertain || claim.words < 3 || claim.kinds.includes('off_topic')) return false;
    // A plan is not a worry, whatever words it has ("I plan to own the pipeline, since nobody does").
    // What was said in a distress exchange is the weightiest worry of all.
    if (group === 'worries')
      return (
        claim.worry ||
        claim.passage.sensitive === true ||
        (!claim.kinds.includes('intention') && claim.ownKinds.some((kind) => kinds.includes(kind)))
      );
    if ((group === 'strengths' || group === 'energy') && claim.deniesPositive) return false;
    return claim.kinds.some((kind) => kinds.includes(kind));
  });
  if (group === 'intentions') {
    // "I need to get better at presenting" is a gap worded as an intention: only when no plan was named.
    const plans = found.filter((claim) => !WISH_TO_IMPROVE.test(claim.text));
    if (plans.length) found = plans;
  }
  return once(found).slice(0, MAX_PER_GROUP);
}

/**
 * Clauses sharing the question's terms (or synonyms of them), best first. A term under a negation
 * ("no idea" for a question about ideas) does not count: the clause does not say what the word says.
 */
function onTopic(question: string, claims: PassageClaim[], analysis: TextAnalysis): PassageClaim[] {
  const terms = [...analysis.contentStems(question), ...synonymsOf(question).flatMap((s) => analysis.contentStems(s))].filter(
    (stem) => !QUESTION_WORDS.has(stem),
  );
  if (!terms.length) return [];
  const scored = claims
    .filter((claim) => !claim.uncertain)
    .map((claim, i) => ({ claim, i, score: matchedTerms(claim.text, terms, analysis) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = scored[0]?.score ?? 0;
  return once(scored.filter((s) => s.score >= best / 2).map((s) => s.claim)).slice(0, MAX_TOPIC_CLAIMS);
}

function matchedTerms(text: string, terms: string[], analysis: TextAnalysis): number {
  const words = text.match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  const matched = new Set<string>();
  words.forEach((word, i) => {
    const stem = analysis.contentStems(word)[0];
    if (!stem) return;
    const term = terms.find((t) => t === stem || (t.length >= 5 && stem.length >= 5 && (t.startsWith(stem) || stem.startsWith(t))));
    if (!term) return;
    const negated = words.slice(Math.max(0, i - 2), i).some((before) => NEGATOR.test(before));
    if (!negated) matched.add(term);
  });
  return matched.size;
}

/** Each clause once (the same words said in two sessions are one claim; the first is cited). */
function once(claims: PassageClaim[]): PassageClaim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = claim.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return !seen.has(key) && seen.add(key);
  });
}

/** Builds the answer sentence by sentence, numbering citations as claims are written. */
class AnswerWriter {
  private readonly sentences: string[] = [];
  private readonly citations: InsightCitation[] = [];
  private supportOffered = false;

  sentence(text: string): void {
    this.sentences.push(text);
  }

  /** "You named three things you intend to do: you will ask your director for a mentor [1]; ... [3]." */
  group(group: AskedFor, claims: PassageClaim[]): void {
    const plain = claims.filter((c) => !c.passage.sensitive);
    if (plain.length)
      this.sentence(`${LEADS[group](plain.length)}: ${joinClauses(plain.map((claim) => `${spoken(claim)} ${this.cite(claim)}`))}.`);
    this.hardTimes(
      claims.filter((c) => c.passage.sensitive),
      plain.length > 0,
    );
  }

  /** Any other question: what was said on its terms, quoted when it cannot be turned to "you". */
  topic(claims: PassageClaim[], afterNothing: boolean): void {
    const plain = claims.filter((c) => !c.passage.sensitive);
    if (plain.length) {
      const lead = afterNothing ? `The closest ${plain.length === 1 ? 'thing you said is' : 'things you said are'}` : 'On this, you said';
      this.sentence(`${lead} ${joinClauses(plain.map((claim) => `${quotedOrSpoken(claim)} ${this.cite(claim)}`))}.`);
    }
    this.hardTimes(
      claims.filter((c) => c.passage.sensitive),
      plain.length > 0,
    );
  }

  done(): InsightAnswer {
    return { answer: this.sentences.join(' '), citations: this.citations };
  }

  /** What was said in a distress exchange: acknowledged in its own words, with care, once. */
  private hardTimes(claims: PassageClaim[], after: boolean): void {
    if (!claims.length) return;
    this.sentence(
      `You ${after ? 'also ' : ''}described how hard things have been: ${joinClauses(claims.map((claim) => `${spoken(claim)} ${this.cite(claim)}`))}.`,
    );
    if (!this.supportOffered)
      this.sentence(
        'If that is still how things are, please consider talking to someone you trust or to the support your organisation offers.',
      );
    this.supportOffered = true;
  }

  private cite(claim: PassageClaim): string {
    this.citations.push(toCitation(claim));
    return `[${this.citations.length}]`;
  }
}

/** The clause turned to "you", or quoted when that is not safe. */
function spoken(claim: PassageClaim): string {
  const turned = toSecondPerson(claim.text);
  return turned === null
    ? `you said "${shorten(claim.text, MAX_CLAIM_CHARS)}"`
    : lowerFirst(shorten(turned, MAX_CLAIM_CHARS), claim.startsWithName);
}

/** A clause of no known kind: "that you ..." when it starts with "I", else quoted as said. */
function quotedOrSpoken(claim: PassageClaim): string {
  const turned = /^I(?:'m|'ve|'d|'ll)?\b/.test(claim.text) && claim.words >= 4 ? toSecondPerson(claim.text) : null;
  return turned === null ? `"${shorten(claim.text, MAX_CLAIM_CHARS)}"` : `that ${lowerFirst(shorten(turned, MAX_CLAIM_CHARS), false)}`;
}

function joinClauses(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

function listAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function listOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? noun : plural}`;
}

/** An exact substring of the passage: the clause, else its sentence, at most 200 characters, cut at a word boundary. */
function toCitation({ passage, text }: PassageClaim): InsightCitation {
  let excerpt = passage.content.includes(text) ? text : passage.content.trim();
  if (excerpt.length > MAX_EXCERPT_CHARS) {
    const cut = excerpt.slice(0, MAX_EXCERPT_CHARS);
    const space = cut.lastIndexOf(' ');
    excerpt = (space > 40 ? cut.slice(0, space) : cut).trimEnd();
  }
  return { sessionId: passage.sessionId, turnId: passage.turnId, excerpt };
}
