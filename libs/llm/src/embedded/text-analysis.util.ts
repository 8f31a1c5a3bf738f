import winkNLP, { type Document, type ItemSentence, type ItemToken, type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Lazily built so processes that never use the embedded model never pay for loading it. */
let nlpInstance: WinkMethods | undefined;
function nlp(): WinkMethods {
  // Named-entity and custom-entity recognition are not used: leaving them out roughly halves the cost of a document.
  nlpInstance ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  return nlpInstance;
}

export interface AnalyzedToken {
  /** Lower-case surface form. */
  normal: string;
  stem: string;
  lemma: string;
  pos: string;
  stop: boolean;
  negated: boolean;
  isWord: boolean;
  /** Whitespace before the token in the source text (used to rebuild phrases). */
  space: string;
  value: string;
  /** First word of a sentence, whose capital letter carries no meaning. */
  sentenceStart: boolean;
}

export interface AnalyzedSentence {
  /** The sentence exactly as it appears in the source text. */
  text: string;
  sentiment: number;
  tokens: AnalyzedToken[];
}

// wink keeps "I'm" as one proper noun, which hides the adjective after it from POS and sentiment.
function normaliseForAnalysis(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bI'm\b/gi, 'I am')
    .replace(/\b(you|we|they)'re\b/gi, '$1 are');
}

function readNormalised(text: string): Document {
  return nlp().readDoc(normaliseForAnalysis(text));
}

function readTokens(text: string): AnalyzedToken[] {
  return tokensOf(readNormalised(text));
}

function tokensOf(doc: Document): AnalyzedToken[] {
  const { its } = nlp();
  const tokens: AnalyzedToken[] = [];
  let atStart = true;
  doc
    .tokens()
    .each((token: ItemToken) => {
      const type = token.out(its.type);
      const isWord = type === 'word';
      tokens.push({
        value: token.out(),
        normal: token.out(its.normal),
        // wink's typings declare stem/lemma with an extra `addons` argument the runtime supplies.
        stem: token.out(its.stem as unknown as ItsFunction<string>),
        lemma: token.out(its.lemma as unknown as ItsFunction<string>),
        pos: token.out(its.pos),
        stop: token.out(its.stopWordFlag) as boolean,
        negated: token.out(its.negationFlag) as boolean,
        isWord,
        space: token.out(its.precedingSpaces),
        sentenceStart: isWord && atStart,
      });
      if (isWord) atStart = false;
      if (/^[.!?]+$/.test(token.out()) || type === 'tabCRLF') atStart = true;
    });
  return tokens;
}

/** Splits into sentences (text kept verbatim) with tokens and wink's sentiment (-1..1). */
export function analyzeSentences(text: string): AnalyzedSentence[] {
  const { its } = nlp();
  const sentences: AnalyzedSentence[] = [];
  nlp()
    .readDoc(text)
    .sentences()
    .each((sentence: ItemSentence) => {
      const raw = sentence.out().trim();
      if (raw.length === 0) return;
      const normalised = readNormalised(raw);
      sentences.push({ text: raw, sentiment: normalised.out(its.sentiment) as number, tokens: tokensOf(normalised) });
    });
  return sentences;
}

export function sentimentOf(text: string): number {
  return readNormalised(text).out(nlp().its.sentiment) as number;
}

/** Whether wink marked any word as negated ("not happy", "doesn't notice"). */
export function hasNegation(text: string): boolean {
  return readTokens(text).some((token) => token.negated);
}

/** Stems of every word token, stop words included, for phrase matching. */
export function stemSequence(text: string): string[] {
  return readTokens(text)
    .filter((token) => token.isWord)
    .map((token) => token.stem);
}

/** Distinct stems of content words (stop words and numbers removed), for term-overlap ranking. */
export function contentStems(text: string): string[] {
  const stems = readTokens(text)
    .filter((token) => token.isWord && !token.stop && token.normal.length > 2 && !/^\d/.test(token.normal))
    .map((token) => token.stem);
  return [...new Set(stems)];
}

// Nouns that say nothing on their own ("a lot", "things").
const GENERIC_NOUNS = new Set([
  'thing', 'things', 'lot', 'lots', 'way', 'ways', 'bit', 'kind', 'sort', 'stuff', 'something', 'anything',
  'everything', 'nothing', 'time', 'times', 'day', 'days', 'week', 'weeks', 'year', 'years', 'part', 'point',
  'question', 'answer', 'sense', 'fact', 'moment', 'people', 'i', 'am', 'okay', 'ok', 'yes', 'no', 'home', 'office',
]);

const NOUNISH = new Set(['NOUN', 'PROPN']);

// Plans are written in the participant's voice, so any possessive becomes "my".
const POSSESSIVES = new Map([
  ['my', 'my'],
  ['your', 'my'],
  ['our', 'our'],
]);

function isPhraseToken(token: AnalyzedToken): boolean {
  return token.isWord && (NOUNISH.has(token.pos) || token.pos === 'ADJ') && !token.stop;
}

/** "distributed" in "distributed systems", "mentoring" in "mentoring junior engineers". */
function isParticiple(token: AnalyzedToken): boolean {
  return token.isWord && token.pos === 'VERB' && !token.stop && /(?:ing|ed)$/.test(token.normal);
}

/**
 * Noun phrases in order of appearance, rebuilt from the source spelling: runs of adjectives,
 * nouns and participles ending in a noun (a leading gerund allowed), hyphenated words kept
 * whole, and "X of Y" joined ("lack of mentorship").
 */
export function nounPhrases(text: string, options: { keepPossessive?: boolean } = {}): string[] {
  const tokens = readTokens(text);
  const phrases: string[] = [];
  // "on-call", "work-life": word, hyphen, word with no spaces in between.
  const hyphenAfter = (k: number) =>
    tokens[k + 1]?.value === '-' && tokens[k + 1]!.space === '' && tokens[k + 2]?.space === '' && !!tokens[k + 2]?.isWord;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const gerundStart = isParticiple(first) && first.normal.endsWith('ing') && !!tokens[i + 1] && isPhraseToken(tokens[i + 1]!);
    if (!isPhraseToken(first) && !gerundStart && !(first.isWord && hyphenAfter(i))) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = tokens[end + 1];
      const after = tokens[end + 2];
      if (hyphenAfter(end)) end += 2;
      else if (next && isPhraseToken(next)) end += 1;
      else if (next && after && isParticiple(next) && isPhraseToken(after)) end += 2;
      else if (next?.normal === 'of' && after && isPhraseToken(after) && NOUNISH.has(tokens[end]!.pos)) end += 2;
      else break;
    }
    // The phrase ends at its last noun, never inside a hyphenated compound ("self" of "self-employed").
    let last = end;
    while (last >= i && (!NOUNISH.has(tokens[last]!.pos) || (last < end && hyphenAfter(last)))) last--;
    if (last >= i && !GENERIC_NOUNS.has(tokens[last]!.normal)) {
      const phrase = tokens
        .slice(i, last + 1)
        .map((token, k) => (k === 0 ? '' : token.space) + displayForm(token))
        .join('')
        .replace(/\s+/g, ' ');
      if (phrase.length > 2) phrases.push(options.keepPossessive ? withOwner(tokens, i, phrase) : phrase);
    }
    i = end + 1;
  }
  return [...new Set(phrases)];
}

/** Prefixes "my" / "my own" when the phrase was introduced by a possessive. */
function withOwner(tokens: AnalyzedToken[], start: number, phrase: string): string {
  const before = tokens[start - 1]?.normal ?? '';
  const owner = POSSESSIVES.get(before === 'own' ? (tokens[start - 2]?.normal ?? '') : before);
  if (!owner) return phrase;
  return before === 'own' ? `${owner} own ${phrase}` : `${owner} ${phrase}`;
}

// Sentence-initial capitals are dropped ("Mentorship is..." -> "mentorship"); acronyms are kept.
function displayForm(token: AnalyzedToken): string {
  if (token.sentenceStart && token.value !== token.value.toUpperCase()) return token.value.toLowerCase();
  return token.value;
}
