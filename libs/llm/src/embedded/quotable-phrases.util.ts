import { normalizeForCompare } from '../util/text-compare.util.js';
import { type AnalyzedToken, type PhraseSpan, phraseSpans, TextAnalysis } from './text-analysis.util.js';

/** How the clause a phrase stands in relates to time: a plan or wish is never asked for an example. */
export type ClauseKind = 'plan' | 'past' | 'present';

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

// Words that never make a thing worth quoting on their own, even as the head of a phrase.
const FILLER_HEADS = new Set([
  'idea',
  'ideas',
  'thing',
  'things',
  'stuff',
  'lot',
  'lots',
  'bit',
  'kind',
  'sort',
  'way',
  'ways',
  'matter',
  'case',
  'example',
  'examples',
  'question',
  'questions',
  'answer',
  'point',
  'part',
  'sense',
  'fact',
  'deal',
  'reason',
  'reasons',
  'everything',
  'anything',
  'something',
  'nothing',
  'one',
  'ones',
  'stage',
  'level',
  'number',
  'honesty',
  'guess',
  'right',
  'left',
  'fine',
  'okay',
  'ok',
  'sure',
  'yes',
  'no',
  'kind',
  'plenty',
  'bunch',
  'piece',
  'side',
  'area',
  'areas',
  'aspect',
  'aspects',
]);

/** Groups too general to ask about on their own ("companies", "people"). */
const GENERIC_GROUPS = new Set([
  'company',
  'companies',
  'business',
  'businesses',
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'people',
  'person',
  'everyone',
  'anyone',
  'someone',
  'others',
  'colleagues',
  'engineers',
  'developers',
  'managers',
  'employees',
  'customers',
  'clients',
  'world',
  'industry',
]);

const PERSONAL = new Set([
  'family',
  'families',
  'partner',
  'wife',
  'husband',
  'kids',
  'children',
  'child',
  'son',
  'daughter',
  'mother',
  'father',
  'parents',
  'health',
  'doctor',
  'therapist',
  'therapy',
  'illness',
  'diagnosis',
  'pregnancy',
  'divorce',
  'religion',
  'faith',
]);

// Dates, times, durations and quantities: never quoted.
const TIME_WORDS = new Set([
  'time',
  'times',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'now',
  'moment',
  'moments',
  'morning',
  'mornings',
  'afternoon',
  'afternoons',
  'evening',
  'evenings',
  'night',
  'nights',
  'weekend',
  'weekends',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'quarter',
  'quarters',
  'hour',
  'hours',
  'minute',
  'minutes',
  'decade',
  'decades',
  'period',
  'cycle',
  'cycles',
  'season',
  'end',
  'beginning',
  'start',
  'half',
  'future',
  'past',
  'while',
  'deadline',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
]);
const NUMBER_WORDS =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|dozen|few|several|couple|first|second|third)$/;

// A negation, or a word that makes what follows a non-thing ("no idea", "any strengths").
const NEGATING_BEFORE = new Set(['no', 'not', 'never', 'without', 'any', 'none', 'zero', 'little', 'hardly', 'nor', 'lack', "n't"]);

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'lack', 'lacking']);
const COPULA = new Set(['am', 'm', "'m", 'was', 'be', 'been', 'being', 'become', 'became']);

/**
 * Tokens a negation covers: from "not", "never", "no"... to the next contrast ("but", "however",
 * ";"), so "I have never managed people, run hiring, or presented to senior leadership" covers all
 * three, while "...not happy with it, but I love writing crisp problem statements" covers the first part only.
 */
function negationScope(tokens: AnalyzedToken[]): boolean[] {
  let inScope = false;
  return tokens.map((token) => {
    if (CONTRASTS.has(token.normal)) inScope = false;
    const covered = inScope || token.negated;
    if (NEGATIONS.has(token.normal) || token.negated) inScope = true;
    return covered;
  });
}

const CONTRASTS = new Set(['but', 'however', 'though', 'although', 'yet', 'whereas', 'while', ';', 'still']);

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

const PLAN_CUES =
  /\b(?:will|won'?t|'ll|would|could|should|might|probably|maybe|perhaps|ideally|need to|needs to|have to|has to|must|going to|gonna|plan(?:ning|s)? to|want(?:s)? to|wanna|hope(?:s)? to|would like to|'d like to|intend(?:s)? to|aim(?:ing)? to|mean to|next (?:week|month|quarter|year|cycle|time)|someday|one day|eventually|by the end of|before the next|considering|thinking (?:about|of))\b/i;
const PAST_CUES = /\b(?:last (?:week|month|year|quarter|sprint|time)|ago|yesterday|used to|back then|once|previously|earlier this)\b/i;
const IRREGULAR_PAST = new Set([
  'led',
  'ran',
  'did',
  'made',
  'took',
  'gave',
  'went',
  'had',
  'was',
  'were',
  'built',
  'got',
  'found',
  'left',
  'wrote',
  'taught',
  'brought',
  'felt',
  'thought',
  'became',
  'began',
  'spoke',
  'chose',
  'lost',
  'won',
  'met',
  'kept',
  'held',
  'told',
  'said',
  'saw',
  'came',
  'grew',
  'knew',
]);
const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '—',
  '–',
  'but',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'so',
  'and',
  'or',
  'yet',
]);
const DETERMINERS = new Map([
  ['my', 'your'],
  ['our', 'your'],
  ['the', 'the'],
  ['this', 'the'],
  ['that', 'the'],
  ['these', 'the'],
  ['those', 'the'],
  ['a', 'a'],
  ['an', 'an'],
  ['his', 'his'],
  ['her', 'her'],
  ['their', 'their'],
]);

interface Clause {
  tokens: AnalyzedToken[];
  text: string;
  kind: ClauseKind;
  weight: number;
  /** The word or mark that opened it ("but", ","). */
  opener: string;
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

/** "the next pricing project": a singular phrase after these reads with "the". */
const DEFINITE_BEFORE = new Set(['next', 'new', 'same', 'last', 'first', 'current', 'old', 'whole', 'main']);
const WH_WORDS = new Set(['how', 'what', 'why', 'where', 'when', 'who', 'which', 'whether', 'if']);
const VERB_INTRODUCERS = new Set([
  'to',
  'me',
  'us',
  'him',
  'her',
  'them',
  'you',
  'i',
  'we',
  'they',
  'can',
  'could',
  'will',
  'would',
  'should',
  'must',
  'might',
]);
const VERBS_AS_HEADS = new Set([
  'matters',
  'helps',
  'works',
  'needs',
  'means',
  'seems',
  'counts',
  'fit',
  'fits',
  'drain',
  'drains',
  'goes',
  'feels',
]);
const HEDGE_NOUNS = new Set(['kind', 'sort', 'lot', 'lots', 'bit', 'couple', 'bunch', 'type']);

const OBJECT_PRONOUNS = new Set(['it', 'them', 'me', 'us', 'him', 'her', 'you', 'everything', 'everyone']);
/** Words a tagger reads as nouns inside "companies search testers": a verb between two nouns splits the phrase. */
const COMMON_VERBS = new Set([
  'search',
  'look',
  'need',
  'want',
  'work',
  'help',
  'make',
  'take',
  'use',
  'ask',
  'run',
  'build',
  'drain',
  'drive',
  'feel',
  'hire',
  'pay',
  'love',
  'hate',
  'like',
  'keep',
  'seem',
  'expect',
]);

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

function clausesOf(tokens: AnalyzedToken[], sentiment: number): Clause[] {
  const clauses: Clause[] = [];
  let current: AnalyzedToken[] = [];
  let opener = '';
  const flush = (next: string) => {
    if (current.some((t) => t.isWord)) {
      const text = current
        .map((t, k) => (k === 0 ? '' : t.space) + t.value)
        .join('')
        .trim();
      clauses.push({ tokens: current, text, kind: kindOf(current, text), weight: 0, opener });
    }
    current = [];
    opener = next;
  };
  for (const token of tokens) {
    if (CLAUSE_BREAK.has(token.normal) || /^[.!?]+$/.test(token.value)) flush(token.normal);
    else current.push(token);
  }
  flush('');
  // The first clause carries the point more often; a charged sentence is worth asking about.
  clauses.forEach((clause, index) => {
    clause.weight = (index === 0 ? 0.5 : 0) + Math.min(1, Math.abs(sentiment) * 2);
  });
  // "I want to move towards team leadership, ideally a lead engineer role": the wish carries on to the end of the sentence.
  clauses.forEach((clause, index) => {
    if (index > 0 && clauses[index - 1]!.kind === 'plan' && !CONTRASTS.has(clause.opener)) clause.kind = 'plan';
  });
  return clauses;
}

function kindOf(tokens: AnalyzedToken[], text: string): ClauseKind {
  if (PLAN_CUES.test(text)) return 'plan';
  const pastVerb = tokens.some(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && (IRREGULAR_PAST.has(t.normal) || (/ed$/.test(t.normal) && t.pos === 'VERB')),
  );
  return PAST_CUES.test(text) || pastVerb ? 'past' : 'present';
}

function isPlural(word: string): boolean {
  return /[^su]s$/.test(word) || /(?:people|children|men|women|data)$/.test(word);
}
