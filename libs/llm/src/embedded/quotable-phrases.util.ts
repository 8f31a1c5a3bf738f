import { normalizeForCompare } from '../util/text-compare.util.js';
import { type ClauseKind, clausesOf, negationScope } from './answer-clauses.util.js';
import {
  COMMON_VERBS,
  COPULA,
  DEFINITE_BEFORE,
  DETERMINERS,
  FILLER_HEADS,
  GENERIC_GROUPS,
  HEDGE_NOUNS,
  NEGATING_BEFORE,
  NUMBER_WORDS,
  OBJECT_PRONOUNS,
  PERSONAL,
  TIME_WORDS,
  VERB_INTRODUCERS,
  VERBS_AS_HEADS,
  WH_WORDS,
} from './quotable-words.js';
import { type AnalyzedToken, type PhraseSpan, phraseSpans, TextAnalysis } from './text-analysis.util.js';

export type { ClauseKind };

export interface QuotablePhrase {
  /** Verbatim from the answer (a sentence-initial capital lowered). */
  text: string;
  /** How to introduce it when asking: "your" (their "my"), "the", "a", or nothing. */
  determiner: string | null;
  plural: boolean;
  /** An activity ("writing crisp problem statements", "mentoring juniors"). */
  gerund: boolean;
  clause: ClauseKind;
  /** The clause it stands in, verbatim. */
  clauseText: string;
  score: number;
}

/** "the pieces" in "how the pieces fit together": the subject of an embedded question, not a thing to ask about. */
function afterWhWord(tokens: AnalyzedToken[], start: number): boolean {
  const before = tokens[start - 1]?.normal ?? '';
  return (
    WH_WORDS.has(before) || (['the', 'a', 'an', 'my', 'our', 'their'].includes(before) && WH_WORDS.has(tokens[start - 2]?.normal ?? ''))
  );
}

/** "a mid-level software engineer" in "I'm a mid-level software engineer": who they are, not a topic to probe. */
function describesSpeaker(tokens: AnalyzedToken[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (COPULA.has(tokens[k]!.normal)) return true;
    if (!['a', 'an', 'the', 'just', 'still', 'now', 'currently', 'really'].includes(tokens[k]!.normal)) return false;
  }
  return false;
}

/**
 * Noun phrases of an answer that an interviewer may quote back, best first. A phrase qualifies
 * when it names a thing (a content noun), is 1-6 words copied verbatim, is not negated or
 * introduced by "no"/"any", is not a date, time, duration or quantity, and is not words the
 * interviewer, the template or the plan already used (`exclude`).
 */
export function quotablePhrases(answer: string, exclude: readonly string[] = [], analysis = new TextAnalysis()): QuotablePhrase[] {
  const excluded = exclude.map(normalizeForCompare).join(' | ');
  const excludedWords = new Set(excluded.split(/\s+/));
  const lowerAnswer = answer.toLowerCase();
  const phrases: QuotablePhrase[] = [];
  const seen = new Set<string>();
  for (const sentence of analysis.sentences(answer)) {
    const negated = negationScope(sentence.tokens);
    let offset = 0;
    for (const clause of clausesOf(sentence.tokens, sentence.sentiment)) {
      const clauseStart = sentence.tokens.indexOf(clause.tokens[0]!, offset);
      offset = clauseStart + clause.tokens.length;
      for (const found of phraseSpans(clause.tokens)) {
        const span = withoutVerbHead(clause.tokens, found);
        if (!span) continue;
        const tokens = clause.tokens.slice(span.start, span.last + 1);
        const key = normalizeForCompare(span.text);
        if (negated[clauseStart + span.start]) continue;
        if (describesSpeaker(clause.tokens, span.start) || afterWhWord(clause.tokens, span.start)) continue;
        if (seen.has(key) || !qualifies(tokens, clause.tokens[span.start - 1], span.text, lowerAnswer)) continue;
        // Words the interviewer or the template already used are theirs, not the participant's.
        if (excluded.includes(key) || key.split(' ').every((word) => excludedWords.has(word))) continue;
        seen.add(key);
        const words = tokens.filter((t) => t.isWord).length;
        const head = tokens[tokens.length - 1]!;
        const before = clause.tokens[span.start - 1]?.normal ?? '';
        phrases.push({
          text: span.text,
          determiner: DETERMINERS.get(before) ?? (DEFINITE_BEFORE.has(before) && !isPlural(head.normal) ? 'the' : null),
          plural: isPlural(head.normal),
          gerund:
            tokens[0]!.pos === 'VERB' &&
            tokens[0]!.normal.endsWith('ing') &&
            !['having', 'being', 'getting', 'doing'].includes(tokens[0]!.normal),
          clause: clause.kind,
          clauseText: clause.text,
          score: Math.min(words, 3) + clause.weight + (words === 1 ? -1.5 : 0) + (head.pos === 'PROPN' ? -1 : 0),
        });
      }
    }
  }
  return phrases.sort((a, b) => b.score - a.score);
}

/**
 * Repairs part-of-speech slips at a phrase's edges: "unclear priorities drain" in "...drain it" (a
 * head followed by an object is a verb), "spot technical risks" in "helps me spot technical risks"
 * (a first word after "me" or "to" is a verb), "companies search testers" (a verb between two
 * nouns), "stability matters" (a third-person verb as head). "kind of work" is a hedge, not a thing.
 */
function withoutVerbHead(tokens: AnalyzedToken[], found: PhraseSpan): PhraseSpan | null {
  if (HEDGE_NOUNS.has(tokens[found.start]!.normal) && tokens[found.start + 1]?.normal === 'of') return null;
  let { start, last } = found;
  const verbAt = tokens.slice(start + 1, last).findIndex((t) => COMMON_VERBS.has(t.normal));
  if (verbAt !== -1) start = start + 2 + verbAt;
  const glued = tokens[start + 1]?.value === '-' && tokens[start + 1]!.space === '';
  if (VERB_INTRODUCERS.has(tokens[start - 1]?.normal ?? '') && last > start && !glued) start += 1;
  const after = tokens[last + 1];
  if ((after && OBJECT_PRONOUNS.has(after.normal)) || VERBS_AS_HEADS.has(tokens[last]!.normal)) {
    if (last === start) return null;
    last -= 1;
    if (tokens[last]!.pos !== 'NOUN') return null;
  }
  return start === found.start && last === found.last ? found : { start, last, text: rebuild(tokens, start, last) };
}

function rebuild(tokens: AnalyzedToken[], start: number, last: number): string {
  return tokens
    .slice(start, last + 1)
    .map((t, k) => (k === 0 ? '' : t.space) + (t.sentenceStart && t.value !== t.value.toUpperCase() ? t.value.toLowerCase() : t.value))
    .join('');
}

/** Whether `span` is a phrase of `answer` that may be quoted back (used to check a model's quote). */
export function isQuotable(span: string, answer: string, exclude: readonly string[] = [], analysis = new TextAnalysis()): boolean {
  const key = normalizeForCompare(span);
  return quotablePhrases(answer, exclude, analysis).some((phrase) => {
    const candidate = normalizeForCompare(phrase.text);
    return (
      candidate === key ||
      (phrase.determiner && normalizeForCompare(`${phrase.determiner} ${phrase.text}`) === key) ||
      candidate.endsWith(` ${key}`)
    );
  });
}

/** The phrase as the interviewer says it: "your deployment pipeline", "mentoring junior developers". */
export function spoken(phrase: QuotablePhrase): string {
  return phrase.determiner ? `${phrase.determiner} ${phrase.text}` : phrase.text;
}

function qualifies(tokens: AnalyzedToken[], before: AnalyzedToken | undefined, text: string, lowerAnswer: string): boolean {
  const words = tokens.filter((t) => t.isWord);
  if (words.length === 0 || words.length > 6) return false;
  if (!lowerAnswer.includes(text.toLowerCase())) return false;
  if (
    tokens.some((t) => t.negated) ||
    (before && (NEGATING_BEFORE.has(before.normal) || before.negated || NUMBER_WORDS.test(before.normal) || before.pos === 'NUM'))
  )
    return false;
  if (tokens.some((t) => t.pos === 'NUM' || /\d/.test(t.normal) || TIME_WORDS.has(t.normal) || NUMBER_WORDS.test(t.normal))) return false;
  const head = words[words.length - 1]!;
  if (FILLER_HEADS.has(head.normal) || head.normal.length < 3) return false;
  // Life outside work is theirs to raise, not the interviewer's to probe.
  if (words.some((t) => PERSONAL.has(t.normal))) return false;
  if (words.length === 1 && GENERIC_GROUPS.has(head.normal)) return false;
  if (!words.some((t) => t.pos === 'NOUN')) return false;
  // A single word must be a specific noun, not a short or generic one.
  return words.length > 1 || (head.pos === 'NOUN' && head.normal.length >= 5);
}

function isPlural(word: string): boolean {
  return /[^su]s$/.test(word) || /(?:people|children|men|women|data)$/.test(word);
}
